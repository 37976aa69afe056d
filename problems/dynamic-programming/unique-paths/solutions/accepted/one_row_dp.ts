function uniquePaths(m: number, n: number): number {
    // paths[c] for the current row: the routes from above plus those from the left.
    const paths = new Array<number>(n).fill(1);
    for (let r = 1; r < m; r++) {
        for (let c = 1; c < n; c++) paths[c] += paths[c - 1];
    }
    return paths[n - 1];
};
