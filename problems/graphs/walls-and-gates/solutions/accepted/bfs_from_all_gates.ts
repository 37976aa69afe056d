/**
 Do not return anything, modify rooms in-place instead.
 */
function wallsAndGates(rooms: number[][]): void {
    // One breadth-first search started from every gate at once: the first time it reaches
    // an empty room it comes from the nearest gate, so each room is set once. O(m n).
    const INF = 2147483647;
    const m = rooms.length, n = rooms[0].length;
    const queue: [number, number][] = [];
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            if (rooms[r][c] === 0) queue.push([r, c]);
        }
    }
    for (let head = 0; head < queue.length; head++) {
        const [r, c] = queue[head];
        const d = rooms[r][c] + 1;
        for (const [a, b] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]]) {
            if (a >= 0 && a < m && b >= 0 && b < n && rooms[a][b] === INF) {
                rooms[a][b] = d;
                queue.push([a, b]);
            }
        }
    }
};
