func kthSmallest(root *TreeNode, k int) int {
    var stack []*TreeNode
    n := root
    for {
        for n != nil {
            stack = append(stack, n)
            n = n.Left
        }
        n = stack[len(stack)-1]
        stack = stack[:len(stack)-1]
        k--
        if k == 0 {
            return n.Val
        }
        n = n.Right
    }
}
