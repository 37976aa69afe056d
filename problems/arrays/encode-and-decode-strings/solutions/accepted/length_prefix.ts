/*
 * Encodes the input to a single string.
 */
function encode(strs: string[]): string {
    // Each string becomes "<length>#<string>": the length says how many characters
    // follow, so whatever the string holds ('#', digits, NUL) never matters.
    return strs.map((s) => `${s.length}#${s}`).join("");
};

/*
 * Decodes your encoded data.
 */
function decode(s: string): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < s.length) {
        const hash = s.indexOf("#", i);
        const length = Number(s.slice(i, hash));
        out.push(s.slice(hash + 1, hash + 1 + length));
        i = hash + 1 + length;
    }
    return out;
};
