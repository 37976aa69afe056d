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

func findKthLargest(nums []int, k int) int {
    best := make(minHeap, k)
    copy(best, nums[:k])
    heap.Init(&best)
    for _, v := range nums[k:] {
        if v > best[0] {
            best[0] = v
            heap.Fix(&best, 0)
        }
    }
    return best[0]
}
