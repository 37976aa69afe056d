func maxPathSum(root *TreeNode) int {
    best := root.Val
    // gain is the largest sum of a path going down from n (0 when every such path is negative).
    var gain func(n *TreeNode) int
    gain = func(n *TreeNode) int {
        if n == nil {
            return 0
        }
        left := max(gain(n.Left), 0)
        right := max(gain(n.Right), 0)
        best = max(best, n.Val+left+right)
        return n.Val + max(left, right)
    }
    gain(root)
    return best
}
