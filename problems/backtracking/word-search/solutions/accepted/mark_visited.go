import "slices"

func exist(board [][]byte, word string) bool {
    rows, cols := len(board), len(board[0])
    var have [128]int
    for _, row := range board {
        for _, b := range row {
            have[b]++
        }
    }
    var need [128]int
    for i := 0; i < len(word); i++ {
        need[word[i]]++
        if need[word[i]] > have[word[i]] {
            return false // the board lacks a letter the word needs
        }
    }
    // Start from the word's rarer end: fewer first steps succeed.
    if have[word[0]] > have[word[len(word)-1]] {
        w := []byte(word)
        slices.Reverse(w)
        word = string(w)
    }
    var match func(r, c, i int) bool
    match = func(r, c, i int) bool {
        if i == len(word) {
            return true
        }
        if r < 0 || r >= rows || c < 0 || c >= cols || board[r][c] != word[i] {
            return false
        }
        board[r][c] = 0
        found := match(r+1, c, i+1) || match(r-1, c, i+1) || match(r, c+1, i+1) || match(r, c-1, i+1)
        board[r][c] = word[i]
        return found
    }
    for r := 0; r < rows; r++ {
        for c := 0; c < cols; c++ {
            if match(r, c, 0) {
                return true
            }
        }
    }
    return false
}
