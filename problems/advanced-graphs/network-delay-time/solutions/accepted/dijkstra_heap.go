type arrival struct{ node, time int }

type arrivals []arrival

func (h arrivals) Len() int           { return len(h) }
func (h arrivals) Less(i, j int) bool { return h[i].time < h[j].time }
func (h arrivals) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *arrivals) Push(x any)        { *h = append(*h, x.(arrival)) }
func (h *arrivals) Pop() any {
    old := *h
    x := old[len(old)-1]
    *h = old[:len(old)-1]
    return x
}

func networkDelayTime(times [][]int, n int, k int) int {
    links := make([][][2]int, n+1)
    for _, t := range times {
        links[t[0]] = append(links[t[0]], [2]int{t[1], t[2]})
    }
    got := make([]int, n+1)
    for i := range got {
        got[i] = -1
    }
    h := &arrivals{{k, 0}}
    last, reached := 0, 0
    for h.Len() > 0 {
        a := heap.Pop(h).(arrival)
        if got[a.node] >= 0 {
            continue
        }
        got[a.node] = a.time
        last = a.time
        reached++
        for _, l := range links[a.node] {
            if got[l[0]] < 0 {
                heap.Push(h, arrival{l[0], a.time + l[1]})
            }
        }
    }
    if reached < n {
        return -1
    }
    return last
}
