func longestIncreasingPath(matrix [][]int) int {
    m, n := len(matrix), len(matrix[0])
    // longest[r][c]: cells on the longest increasing path starting at (r, c); 0 = unknown.
    longest := make([][]int, m)
    for r := range longest {
        longest[r] = make([]int, n)
    }
    dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
    var walk func(r, c int) int
    walk = func(r, c int) int {
        if longest[r][c] > 0 {
            return longest[r][c]
        }
        best := 1
        for _, d := range dirs {
            nr, nc := r+d[0], c+d[1]
            if nr >= 0 && nr < m && nc >= 0 && nc < n && matrix[nr][nc] > matrix[r][c] {
                best = max(best, 1+walk(nr, nc))
            }
        }
        longest[r][c] = best
        return best
    }
    answer := 0
    for r := 0; r < m; r++ {
        for c := 0; c < n; c++ {
            answer = max(answer, walk(r, c))
        }
    }
    return answer
}
