interface WordTrie {
    children: Map<string, WordTrie>;
    word: string | null;
}

function findWords(board: string[][], words: string[]): string[] {
    const root: WordTrie = { children: new Map(), word: null };
    for (const w of words) {
        let node = root;
        for (const c of w) {
            let child = node.children.get(c);
            if (!child) {
                child = { children: new Map(), word: null };
                node.children.set(c, child);
            }
            node = child;
        }
        node.word = w;
    }
    const rows = board.length;
    const cols = board[0].length;
    const found: string[] = [];
    const dfs = (r: number, c: number, parent: WordTrie): void => {
        const letter = board[r][c];
        const node = parent.children.get(letter);
        if (!node) return;
        if (node.word !== null) {
            found.push(node.word);
            node.word = null;
        }
        board[r][c] = "#";
        if (r > 0) dfs(r - 1, c, node);
        if (r + 1 < rows) dfs(r + 1, c, node);
        if (c > 0) dfs(r, c - 1, node);
        if (c + 1 < cols) dfs(r, c + 1, node);
        board[r][c] = letter;
        // A branch with no word left below it is never worth walking again.
        if (node.children.size === 0 && node.word === null) parent.children.delete(letter);
    };
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) dfs(r, c, root);
    }
    return found;
};
