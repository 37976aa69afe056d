func wallsAndGates(rooms [][]int) {
    const inf = math.MaxInt32
    m, n := len(rooms), len(rooms[0])
    queue := [][2]int{}
    for r := range rooms {
        for c, v := range rooms[r] {
            if v == 0 {
                queue = append(queue, [2]int{r, c})
            }
        }
    }
    for i := 0; i < len(queue); i++ {
        r, c := queue[i][0], queue[i][1]
        for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
            y, x := r+d[0], c+d[1]
            if y >= 0 && y < m && x >= 0 && x < n && rooms[y][x] == inf {
                rooms[y][x] = rooms[r][c] + 1
                queue = append(queue, [2]int{y, x})
            }
        }
    }
}
