func reorderList(head *ListNode) {
    slow, fast := head, head
    for fast.Next != nil && fast.Next.Next != nil {
        slow, fast = slow.Next, fast.Next.Next
    }
    // Reverse the back half, cut off after slow.
    var back *ListNode
    for n := slow.Next; n != nil; {
        n, n.Next, back = n.Next, back, n
    }
    slow.Next = nil
    for front := head; back != nil; {
        nextFront, nextBack := front.Next, back.Next
        front.Next = back
        back.Next = nextFront
        front, back = nextFront, nextBack
    }
}
