func pacificAtlantic(heights [][]int) [][]int {
    m, n := len(heights), len(heights[0])
    // climb from the shore: a square drains to an ocean when it can be reached uphill from it
    reach := func(starts [][2]int) [][]bool {
        seen := make([][]bool, m)
        for i := range seen {
            seen[i] = make([]bool, n)
        }
        queue := [][2]int{}
        for _, s := range starts {
            if !seen[s[0]][s[1]] {
                seen[s[0]][s[1]] = true
                queue = append(queue, s)
            }
        }
        for i := 0; i < len(queue); i++ {
            r, c := queue[i][0], queue[i][1]
            for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
                y, x := r+d[0], c+d[1]
                if y >= 0 && y < m && x >= 0 && x < n && !seen[y][x] && heights[y][x] >= heights[r][c] {
                    seen[y][x] = true
                    queue = append(queue, [2]int{y, x})
                }
            }
        }
        return seen
    }
    var pacific, atlantic [][2]int
    for r := 0; r < m; r++ {
        pacific = append(pacific, [2]int{r, 0})
        atlantic = append(atlantic, [2]int{r, n - 1})
    }
    for c := 0; c < n; c++ {
        pacific = append(pacific, [2]int{0, c})
        atlantic = append(atlantic, [2]int{m - 1, c})
    }
    p, a := reach(pacific), reach(atlantic)
    both := [][]int{}
    for r := 0; r < m; r++ {
        for c := 0; c < n; c++ {
            if p[r][c] && a[r][c] {
                both = append(both, []int{r, c})
            }
        }
    }
    return both
}
