function checkInclusion(s1: string, s2: string): boolean {
    if (s1.length > s2.length) return false;
    const diff = new Array<number>(26).fill(0);
    for (let i = 0; i < s1.length; i++) {
        diff[s1.charCodeAt(i) - 97]++;
        diff[s2.charCodeAt(i) - 97]--;
    }
    let unequal = diff.filter((d) => d !== 0).length;
    if (unequal === 0) return true;
    const change = (c: number, by: number): void => {
        if (diff[c] === 0) unequal++;
        diff[c] += by;
        if (diff[c] === 0) unequal--;
    };
    for (let end = s1.length; end < s2.length; end++) {
        change(s2.charCodeAt(end) - 97, -1);
        change(s2.charCodeAt(end - s1.length) - 97, 1);
        if (unequal === 0) return true;
    }
    return false;
};
