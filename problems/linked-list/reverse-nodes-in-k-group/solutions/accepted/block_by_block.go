func reverseKGroup(head *ListNode, k int) *ListNode {
    dummy := &ListNode{Next: head}
    before := dummy // the node just before the next block
    for {
        end := before
        for i := 0; i < k; i++ {
            end = end.Next
            if end == nil {
                return dummy.Next
            }
        }
        first, after := before.Next, end.Next
        prev := after
        for n := first; n != after; {
            n, n.Next, prev = n.Next, prev, n
        }
        before.Next = end
        before = first
    }
}
