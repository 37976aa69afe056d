func isValidBST(root *TreeNode) bool {
    var within func(n *TreeNode, lo, hi int64) bool
    within = func(n *TreeNode, lo, hi int64) bool {
        if n == nil {
            return true
        }
        v := int64(n.Val)
        return lo < v && v < hi && within(n.Left, lo, v) && within(n.Right, v, hi)
    }
    return within(root, math.MinInt64, math.MaxInt64)
}
