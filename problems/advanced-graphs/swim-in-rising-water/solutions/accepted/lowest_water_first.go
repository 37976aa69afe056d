type cell struct{ height, r, c int }

type cellHeap []cell

func (h cellHeap) Len() int           { return len(h) }
func (h cellHeap) Less(i, j int) bool { return h[i].height < h[j].height }
func (h cellHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *cellHeap) Push(x any)        { *h = append(*h, x.(cell)) }
func (h *cellHeap) Pop() any {
    old := *h
    x := old[len(old)-1]
    *h = old[:len(old)-1]
    return x
}

func swimInWater(grid [][]int) int {
    n := len(grid)
    seen := make([][]bool, n)
    for i := range seen {
        seen[i] = make([]bool, n)
    }
    seen[0][0] = true
    h := &cellHeap{{grid[0][0], 0, 0}}
    t := 0
    for {
        cur := heap.Pop(h).(cell)
        t = max(t, cur.height)
        if cur.r == n-1 && cur.c == n-1 {
            return t
        }
        for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
            y, x := cur.r+d[0], cur.c+d[1]
            if y >= 0 && y < n && x >= 0 && x < n && !seen[y][x] {
                seen[y][x] = true
                heap.Push(h, cell{grid[y][x], y, x})
            }
        }
    }
}
