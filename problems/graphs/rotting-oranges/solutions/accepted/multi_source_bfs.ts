function orangesRotting(grid: number[][]): number {
    // Breadth-first from all rotten oranges at once, one layer per minute.
    const m = grid.length, n = grid[0].length;
    let frontier: [number, number][] = [];
    let fresh = 0;
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            if (grid[r][c] === 2) frontier.push([r, c]);
            else if (grid[r][c] === 1) fresh++;
        }
    }
    let minutes = 0;
    while (fresh > 0 && frontier.length > 0) {
        const next: [number, number][] = [];
        for (const [r, c] of frontier) {
            for (const [a, b] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
                if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] === 1) {
                    grid[a][b] = 2;
                    fresh--;
                    next.push([a, b]);
                }
            }
        }
        frontier = next;
        minutes++;
    }
    return fresh === 0 ? minutes : -1;
};
