function longestIncreasingPath(matrix: number[][]): number {
    // Kahn's topological sort on the "is smaller than" graph, layer by layer: cells with
    // no larger neighbour form the first layer, and the number of layers peeled is the
    // longest path. No recursion, so no stack depth limit on a 200 x 200 grid.
    const m = matrix.length, n = matrix[0].length;
    const steps = [[-1, 0], [1, 0], [0, -1], [0, 1]];
    const larger: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(0));
    let layer: [number, number][] = [];
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            for (const [dr, dc] of steps) {
                const a = r + dr, b = c + dc;
                if (a >= 0 && a < m && b >= 0 && b < n && matrix[a][b] > matrix[r][c]) {
                    larger[r][c]++;
                }
            }
            if (larger[r][c] === 0) layer.push([r, c]);
        }
    }
    let length = 0;
    while (layer.length > 0) {
        length++;
        const next: [number, number][] = [];
        for (const [r, c] of layer) {
            for (const [dr, dc] of steps) {
                const a = r + dr, b = c + dc;
                if (a >= 0 && a < m && b >= 0 && b < n && matrix[a][b] < matrix[r][c]) {
                    if (--larger[a][b] === 0) next.push([a, b]);
                }
            }
        }
        layer = next;
    }
    return length;
};
