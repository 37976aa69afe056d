func diameterOfBinaryTree(root *TreeNode) int {
    best := 0
    var depth func(n *TreeNode) int
    depth = func(n *TreeNode) int {
        if n == nil {
            return 0
        }
        l, r := depth(n.Left), depth(n.Right)
        best = max(best, l+r)
        return 1 + max(l, r)
    }
    depth(root)
    return best
}
