func copyRandomList(head *Node) *Node {
    copies := map[*Node]*Node{}
    for n := head; n != nil; n = n.Next {
        copies[n] = &Node{Val: n.Val}
    }
    for n := head; n != nil; n = n.Next {
        copies[n].Next = copies[n.Next]
        copies[n].Random = copies[n.Random]
    }
    return copies[head]
}
