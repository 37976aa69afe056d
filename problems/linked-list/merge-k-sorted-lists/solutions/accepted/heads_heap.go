type heads []*ListNode

func (h heads) Len() int           { return len(h) }
func (h heads) Less(i, j int) bool { return h[i].Val < h[j].Val }
func (h heads) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *heads) Push(x any)        { *h = append(*h, x.(*ListNode)) }
func (h *heads) Pop() any {
    old := *h
    n := old[len(old)-1]
    *h = old[:len(old)-1]
    return n
}

func mergeKLists(lists []*ListNode) *ListNode {
    h := heads{}
    for _, l := range lists {
        if l != nil {
            h = append(h, l)
        }
    }
    heap.Init(&h)
    dummy := &ListNode{}
    tail := dummy
    for h.Len() > 0 {
        n := h[0]
        tail.Next = n
        tail = n
        if n.Next != nil {
            h[0] = n.Next
            heap.Fix(&h, 0)
        } else {
            heap.Pop(&h)
        }
    }
    return dummy.Next
}
