func isValidSudoku(board [][]byte) bool {
    var rows, cols, boxes [9]uint16
    for r := 0; r < 9; r++ {
        for c := 0; c < 9; c++ {
            ch := board[r][c]
            if ch == '.' {
                continue
            }
            bit := uint16(1) << (ch - '1')
            b := r/3*3 + c/3
            if rows[r]&bit != 0 || cols[c]&bit != 0 || boxes[b]&bit != 0 {
                return false
            }
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
        }
    }
    return true
}
