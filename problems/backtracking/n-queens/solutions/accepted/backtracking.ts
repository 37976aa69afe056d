function solveNQueens(n: number): string[][] {
    // One queen per row; sets of used columns and diagonals (r - c and r + c) say in O(1)
    // whether a square is attacked.
    const out: string[][] = [];
    const cols = new Set<number>(), diag = new Set<number>(), anti = new Set<number>();
    const queenAt: number[] = [];
    const place = (r: number): void => {
        if (r === n) {
            out.push(queenAt.map((c) => ".".repeat(c) + "Q" + ".".repeat(n - c - 1)));
            return;
        }
        for (let c = 0; c < n; c++) {
            if (cols.has(c) || diag.has(r - c) || anti.has(r + c)) continue;
            cols.add(c); diag.add(r - c); anti.add(r + c);
            queenAt.push(c);
            place(r + 1);
            queenAt.pop();
            cols.delete(c); diag.delete(r - c); anti.delete(r + c);
        }
    };
    place(0);
    return out;
};
