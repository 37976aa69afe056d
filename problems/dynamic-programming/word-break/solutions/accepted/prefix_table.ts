function wordBreak(s: string, wordDict: string[]): boolean {
    // can[i]: s's first i letters split into words. Only pieces as long as the longest
    // word need be tried. O(n * L) lookups.
    const words = new Set(wordDict);
    const longest = Math.max(...wordDict.map((w) => w.length));
    const can = new Array<boolean>(s.length + 1).fill(false);
    can[0] = true;
    for (let i = 1; i <= s.length; i++) {
        for (let j = Math.max(0, i - longest); j < i; j++) {
            if (can[j] && words.has(s.slice(j, i))) {
                can[i] = true;
                break;
            }
        }
    }
    return can[s.length];
};
