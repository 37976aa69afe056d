function isInterleave(s1: string, s2: string, s3: string): boolean {
    // ok[j] after row i: can s1[:i] and s2[:j] interleave into s3[:i + j]?
    const m = s1.length, n = s2.length;
    if (m + n !== s3.length) return false;
    const ok = new Array<boolean>(n + 1).fill(false);
    for (let i = 0; i <= m; i++) {
        for (let j = 0; j <= n; j++) {
            if (i === 0 && j === 0) {
                ok[j] = true;
                continue;
            }
            const fromS1 = i > 0 && ok[j] && s1[i - 1] === s3[i + j - 1];
            const fromS2 = j > 0 && ok[j - 1] && s2[j - 1] === s3[i + j - 1];
            ok[j] = fromS1 || fromS2;
        }
    }
    return ok[n];
};
