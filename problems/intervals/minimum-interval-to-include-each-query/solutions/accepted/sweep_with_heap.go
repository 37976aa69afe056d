type open struct{ size, right int }

type openHeap []open

func (h openHeap) Len() int           { return len(h) }
func (h openHeap) Less(i, j int) bool { return h[i].size < h[j].size }
func (h openHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *openHeap) Push(x any)        { *h = append(*h, x.(open)) }
func (h *openHeap) Pop() any {
    old := *h
    x := old[len(old)-1]
    *h = old[:len(old)-1]
    return x
}

func minInterval(intervals [][]int, queries []int) []int {
    sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
    order := make([]int, len(queries))
    for i := range order {
        order[i] = i
    }
    sort.Slice(order, func(i, j int) bool { return queries[order[i]] < queries[order[j]] })
    answer := make([]int, len(queries))
    h := &openHeap{}
    next := 0
    for _, qi := range order {
        q := queries[qi]
        for next < len(intervals) && intervals[next][0] <= q {
            heap.Push(h, open{intervals[next][1] - intervals[next][0] + 1, intervals[next][1]})
            next++
        }
        for h.Len() > 0 && (*h)[0].right < q {
            heap.Pop(h)
        }
        if h.Len() > 0 {
            answer[qi] = (*h)[0].size
        } else {
            answer[qi] = -1
        }
    }
    return answer
}
