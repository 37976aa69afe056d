function exist(board: string[][], word: string): boolean {
    const m = board.length, n = board[0].length;
    // Prune: the board must hold every letter as often as the word does. Starting from
    // the rarer end of the word makes the search fail sooner.
    const count = new Map<string, number>();
    for (const row of board) for (const ch of row) count.set(ch, (count.get(ch) ?? 0) + 1);
    const need = new Map<string, number>();
    for (const ch of word) need.set(ch, (need.get(ch) ?? 0) + 1);
    for (const [ch, k] of need) if ((count.get(ch) ?? 0) < k) return false;
    const w = (count.get(word[0]) ?? 0) > (count.get(word[word.length - 1]) ?? 0)
        ? [...word].reverse().join("")
        : word;

    const walk = (r: number, c: number, i: number): boolean => {
        if (r < 0 || r >= m || c < 0 || c >= n || board[r][c] !== w[i]) return false;
        if (i === w.length - 1) return true;
        const saved = board[r][c];
        board[r][c] = "#";
        const found = walk(r + 1, c, i + 1) || walk(r - 1, c, i + 1)
            || walk(r, c + 1, i + 1) || walk(r, c - 1, i + 1);
        board[r][c] = saved;
        return found;
    };
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            if (walk(r, c, 0)) return true;
        }
    }
    return false;
};
