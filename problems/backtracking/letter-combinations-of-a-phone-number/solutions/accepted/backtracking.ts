function letterCombinations(digits: string): string[] {
    if (digits.length === 0) return [];
    const keys: Record<string, string> = {
        "2": "abc", "3": "def", "4": "ghi", "5": "jkl",
        "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz",
    };
    const out: string[] = [];
    const walk = (i: number, prefix: string): void => {
        if (i === digits.length) {
            out.push(prefix);
            return;
        }
        for (const letter of keys[digits[i]]) walk(i + 1, prefix + letter);
    };
    walk(0, "");
    return out;
};
