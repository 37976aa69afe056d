func isBalanced(root *TreeNode) bool {
    // The height of a balanced tree, or -1 for an unbalanced one.
    var height func(n *TreeNode) int
    height = func(n *TreeNode) int {
        if n == nil {
            return 0
        }
        l, r := height(n.Left), height(n.Right)
        if l < 0 || r < 0 || l-r > 1 || r-l > 1 {
            return -1
        }
        return 1 + max(l, r)
    }
    return height(root) >= 0
}
