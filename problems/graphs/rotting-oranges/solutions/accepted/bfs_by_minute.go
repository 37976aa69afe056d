func orangesRotting(grid [][]int) int {
    m, n := len(grid), len(grid[0])
    rotten := [][2]int{}
    fresh := 0
    for r := range grid {
        for c, v := range grid[r] {
            switch v {
            case 1:
                fresh++
            case 2:
                rotten = append(rotten, [2]int{r, c})
            }
        }
    }
    minutes := 0
    for fresh > 0 && len(rotten) > 0 {
        next := [][2]int{}
        for _, cell := range rotten {
            for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
                y, x := cell[0]+d[0], cell[1]+d[1]
                if y >= 0 && y < m && x >= 0 && x < n && grid[y][x] == 1 {
                    grid[y][x] = 2
                    fresh--
                    next = append(next, [2]int{y, x})
                }
            }
        }
        rotten = next
        minutes++
    }
    if fresh > 0 {
        return -1
    }
    return minutes
}
