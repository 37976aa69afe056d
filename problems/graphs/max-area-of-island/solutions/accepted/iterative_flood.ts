function maxAreaOfIsland(grid: number[][]): number {
    // Flood each island once with an explicit stack (no recursion depth limit), sinking
    // its cells to 0 as they are counted.
    const m = grid.length, n = grid[0].length;
    let best = 0;
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            if (grid[r][c] !== 1) continue;
            grid[r][c] = 0;
            const stack: [number, number][] = [[r, c]];
            let area = 0;
            while (stack.length > 0) {
                const [i, j] = stack.pop()!;
                area++;
                for (const [a, b] of [[i - 1, j], [i + 1, j], [i, j - 1], [i, j + 1]]) {
                    if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] === 1) {
                        grid[a][b] = 0;
                        stack.push([a, b]);
                    }
                }
            }
            best = Math.max(best, area);
        }
    }
    return best;
};
