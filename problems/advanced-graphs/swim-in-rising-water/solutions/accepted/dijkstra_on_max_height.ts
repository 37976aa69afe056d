function swimInWater(grid: number[][]): number {
    // Dijkstra where a path costs its highest cell: the first time the bottom-right cell
    // leaves the heap, its cost is the least time at which it can be reached.
    const n = grid.length;
    const seen: boolean[][] = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    const heap = new MinPriorityQueue<[number, number, number]>((e) => e[0]);
    heap.enqueue([grid[0][0], 0, 0]);
    seen[0][0] = true;
    while (!heap.isEmpty()) {
        const [t, r, c] = heap.dequeue();
        if (r === n - 1 && c === n - 1) return t;
        for (const [a, b] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
            if (a >= 0 && a < n && b >= 0 && b < n && !seen[a][b]) {
                seen[a][b] = true;
                heap.enqueue([Math.max(t, grid[a][b]), a, b]);
            }
        }
    }
    return -1;
};
