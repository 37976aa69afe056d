type DetectSquares struct {
    counts  map[[2]int]int
    columns map[int][]int // x -> the y of each distinct point stored at x
}

func Constructor() DetectSquares {
    return DetectSquares{counts: map[[2]int]int{}, columns: map[int][]int{}}
}

func (this *DetectSquares) Add(point []int) {
    p := [2]int{point[0], point[1]}
    if this.counts[p] == 0 {
        this.columns[p[0]] = append(this.columns[p[0]], p[1])
    }
    this.counts[p]++
}

func (this *DetectSquares) Count(point []int) int {
    x, y := point[0], point[1]
    total := 0
    for _, y2 := range this.columns[x] {
        side := y2 - y
        if side == 0 {
            continue
        }
        below := this.counts[[2]int{x, y2}]
        for _, x2 := range []int{x + side, x - side} {
            total += below * this.counts[[2]int{x2, y}] * this.counts[[2]int{x2, y2}]
        }
    }
    return total
}
