func solve(board [][]byte) {
    m, n := len(board), len(board[0])
    // mark every 'O' reachable from the border as safe ('S'), then capture the rest
    stack := [][2]int{}
    push := func(r, c int) {
        if r >= 0 && r < m && c >= 0 && c < n && board[r][c] == 'O' {
            board[r][c] = 'S'
            stack = append(stack, [2]int{r, c})
        }
    }
    for r := 0; r < m; r++ {
        push(r, 0)
        push(r, n-1)
    }
    for c := 0; c < n; c++ {
        push(0, c)
        push(m-1, c)
    }
    for len(stack) > 0 {
        cell := stack[len(stack)-1]
        stack = stack[:len(stack)-1]
        push(cell[0]+1, cell[1])
        push(cell[0]-1, cell[1])
        push(cell[0], cell[1]+1)
        push(cell[0], cell[1]-1)
    }
    for r := range board {
        for c := range board[r] {
            switch board[r][c] {
            case 'O':
                board[r][c] = 'X'
            case 'S':
                board[r][c] = 'O'
            }
        }
    }
}
