// intHeap is a min-heap of ints; the lower half is kept negated in one to make a max-heap.
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
    old := *h
    x := old[len(old)-1]
    *h = old[:len(old)-1]
    return x
}

type MedianFinder struct {
    low  intHeap // the smaller half, negated; it holds the extra number when the count is odd
    high intHeap // the larger half
}

func Constructor() MedianFinder {
    return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
    heap.Push(&this.low, -num)
    heap.Push(&this.high, -heap.Pop(&this.low).(int))
    if this.high.Len() > this.low.Len() {
        heap.Push(&this.low, -heap.Pop(&this.high).(int))
    }
}

func (this *MedianFinder) FindMedian() float64 {
    if this.low.Len() > this.high.Len() {
        return float64(-this.low[0])
    }
    return float64(this.high[0]-this.low[0]) / 2
}
