function longestCommonSubsequence(text1: string, text2: string): number {
    // The classic table, keeping only the previous row.
    const n = text2.length;
    let prev = new Array<number>(n + 1).fill(0);
    for (const ch of text1) {
        const cur = new Array<number>(n + 1).fill(0);
        for (let j = 1; j <= n; j++) {
            cur[j] = ch === text2[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
        }
        prev = cur;
    }
    return prev[n];
};
