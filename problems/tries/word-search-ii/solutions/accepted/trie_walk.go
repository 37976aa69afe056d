type wordTrie struct {
    children [26]*wordTrie
    word     string // the word ending here, "" once found or when none does
    count    int    // words still to find in this subtree
}

func findWords(board [][]byte, words []string) []string {
    root := &wordTrie{}
    for _, w := range words {
        n := root
        n.count++
        for i := 0; i < len(w); i++ {
            c := w[i] - 'a'
            if n.children[c] == nil {
                n.children[c] = &wordTrie{}
            }
            n = n.children[c]
            n.count++
        }
        n.word = w
    }
    rows, cols := len(board), len(board[0])
    var found []string
    // walk returns how many words it found from cell (r, c) with the path so far at node n.
    var walk func(r, c int, n *wordTrie) int
    walk = func(r, c int, n *wordTrie) int {
        if r < 0 || r >= rows || c < 0 || c >= cols || board[r][c] == '#' {
            return 0
        }
        next := n.children[board[r][c]-'a']
        if next == nil || next.count == 0 {
            return 0
        }
        got := 0
        if next.word != "" {
            found = append(found, next.word)
            next.word = ""
            got++
        }
        letter := board[r][c]
        board[r][c] = '#'
        got += walk(r+1, c, next) + walk(r-1, c, next) + walk(r, c+1, next) + walk(r, c-1, next)
        board[r][c] = letter
        next.count -= got
        return got
    }
    for r := 0; r < rows; r++ {
        for c := 0; c < cols; c++ {
            root.count -= walk(r, c, root)
        }
    }
    return found
}
