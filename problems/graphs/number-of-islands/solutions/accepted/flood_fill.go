func numIslands(grid [][]byte) int {
    m, n := len(grid), len(grid[0])
    islands := 0
    for r := 0; r < m; r++ {
        for c := 0; c < n; c++ {
            if grid[r][c] != '1' {
                continue
            }
            islands++
            grid[r][c] = '0'
            stack := [][2]int{{r, c}}
            for len(stack) > 0 {
                cell := stack[len(stack)-1]
                stack = stack[:len(stack)-1]
                for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
                    y, x := cell[0]+d[0], cell[1]+d[1]
                    if y >= 0 && y < m && x >= 0 && x < n && grid[y][x] == '1' {
                        grid[y][x] = '0'
                        stack = append(stack, [2]int{y, x})
                    }
                }
            }
        }
    }
    return islands
}
