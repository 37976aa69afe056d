function pacificAtlantic(heights: number[][]): number[][] {
    // Walk uphill from each ocean's edge: the squares reached are those that drain into
    // it. The answer is the squares reached from both.
    const m = heights.length, n = heights[0].length;
    const climb = (starts: [number, number][]): boolean[][] => {
        const seen: boolean[][] = Array.from({ length: m }, () => new Array<boolean>(n).fill(false));
        const stack: [number, number][] = [];
        for (const [r, c] of starts) {
            if (!seen[r][c]) {
                seen[r][c] = true;
                stack.push([r, c]);
            }
        }
        while (stack.length > 0) {
            const [r, c] = stack.pop()!;
            for (const [a, b] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
                if (a >= 0 && a < m && b >= 0 && b < n && !seen[a][b]
                    && heights[a][b] >= heights[r][c]) {
                    seen[a][b] = true;
                    stack.push([a, b]);
                }
            }
        }
        return seen;
    };
    const pacific: [number, number][] = [], atlantic: [number, number][] = [];
    for (let r = 0; r < m; r++) {
        pacific.push([r, 0]);
        atlantic.push([r, n - 1]);
    }
    for (let c = 0; c < n; c++) {
        pacific.push([0, c]);
        atlantic.push([m - 1, c]);
    }
    const p = climb(pacific), a = climb(atlantic);
    const out: number[][] = [];
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            if (p[r][c] && a[r][c]) out.push([r, c]);
        }
    }
    return out;
};
