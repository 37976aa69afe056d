type minHeap []int

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() any {
    old := *h
    x := old[len(old)-1]
    *h = old[:len(old)-1]
    return x
}

type KthLargest struct {
    k    int
    best minHeap // the k largest values so far; the kth largest is on top
}

func Constructor(k int, nums []int) KthLargest {
    kl := KthLargest{k: k}
    for _, v := range nums {
        kl.Add(v)
    }
    return kl
}

func (this *KthLargest) Add(val int) int {
    if this.best.Len() < this.k {
        heap.Push(&this.best, val)
    } else if val > this.best[0] {
        this.best[0] = val
        heap.Fix(&this.best, 0)
    }
    return this.best[0]
}
