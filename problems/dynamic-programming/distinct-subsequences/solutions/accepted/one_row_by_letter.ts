function numDistinct(s: string, t: string): number {
    // ways[j] counts the ways to spell t's first j letters with the letters of s read so
    // far; each letter of s extends every prefix ending in that letter, right to left so
    // it is used once.
    const n = t.length;
    const ways = new Array<number>(n + 1).fill(0);
    ways[0] = 1;
    for (const ch of s) {
        for (let j = n; j >= 1; j--) {
            if (t[j - 1] === ch) ways[j] += ways[j - 1];
        }
    }
    return ways[n];
};
