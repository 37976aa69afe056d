function isValidSudoku(board: string[][]): boolean {
    // One set of seen digits per row, per column and per box; a digit already in any of
    // its three sets breaks a rule.
    const rows = Array.from({ length: 9 }, () => new Set<string>());
    const cols = Array.from({ length: 9 }, () => new Set<string>());
    const boxes = Array.from({ length: 9 }, () => new Set<string>());
    for (let r = 0; r < 9; r++) {
        for (let c = 0; c < 9; c++) {
            const d = board[r][c];
            if (d === ".") continue;
            const b = Math.floor(r / 3) * 3 + Math.floor(c / 3);
            if (rows[r].has(d) || cols[c].has(d) || boxes[b].has(d)) return false;
            rows[r].add(d);
            cols[c].add(d);
            boxes[b].add(d);
        }
    }
    return true;
};
