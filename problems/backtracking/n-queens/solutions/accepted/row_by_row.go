func solveNQueens(n int) [][]string {
    res := [][]string{}
    cols := make([]bool, n)
    diag := make([]bool, 2*n) // r+c
    anti := make([]bool, 2*n) // r-c+n
    board := make([][]byte, n)
    for r := range board {
        board[r] = bytes.Repeat([]byte{'.'}, n)
    }
    var place func(r int)
    place = func(r int) {
        if r == n {
            rows := make([]string, n)
            for i, row := range board {
                rows[i] = string(row)
            }
            res = append(res, rows)
            return
        }
        for c := 0; c < n; c++ {
            if cols[c] || diag[r+c] || anti[r-c+n] {
                continue
            }
            cols[c], diag[r+c], anti[r-c+n] = true, true, true
            board[r][c] = 'Q'
            place(r + 1)
            board[r][c] = '.'
            cols[c], diag[r+c], anti[r-c+n] = false, false, false
        }
    }
    place(0)
    return res
}
