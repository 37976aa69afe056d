/**
 Do not return anything, modify board in-place instead.
 */
function solve(board: string[][]): void {
    // Mark every "O" reachable from the border as safe ("S"); then every other "O" is
    // captured, and the safe ones turn back into "O".
    const m = board.length, n = board[0].length;
    const stack: [number, number][] = [];
    const keep = (r: number, c: number): void => {
        if (r >= 0 && r < m && c >= 0 && c < n && board[r][c] === "O") {
            board[r][c] = "S";
            stack.push([r, c]);
        }
    };
    for (let r = 0; r < m; r++) {
        keep(r, 0);
        keep(r, n - 1);
    }
    for (let c = 0; c < n; c++) {
        keep(0, c);
        keep(m - 1, c);
    }
    while (stack.length > 0) {
        const [r, c] = stack.pop()!;
        keep(r - 1, c);
        keep(r + 1, c);
        keep(r, c - 1);
        keep(r, c + 1);
    }
    for (const row of board) {
        for (let c = 0; c < n; c++) {
            row[c] = row[c] === "S" ? "O" : "X";
        }
    }
};
