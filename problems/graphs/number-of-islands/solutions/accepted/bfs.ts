function numIslands(grid: string[][]): number {
    const rows = grid.length, cols = grid[0].length;
    let islands = 0;
    const queue: [number, number][] = [];
    const steps: [number, number][] = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (grid[r][c] !== '1') continue;
            islands++;
            grid[r][c] = '0';
            queue.length = 0;
            queue.push([r, c]);
            for (let head = 0; head < queue.length; head++) {
                const [i, j] = queue[head];
                for (const [di, dj] of steps) {
                    const y = i + di, x = j + dj;
                    if (y >= 0 && y < rows && x >= 0 && x < cols && grid[y][x] === '1') {
                        grid[y][x] = '0';
                        queue.push([y, x]);
                    }
                }
            }
        }
    }
    return islands;
};
