func goodNodes(root *TreeNode) int {
    var count func(n *TreeNode, most int) int
    count = func(n *TreeNode, most int) int {
        if n == nil {
            return 0
        }
        good := 0
        if n.Val >= most {
            good = 1
            most = n.Val
        }
        return good + count(n.Left, most) + count(n.Right, most)
    }
    return count(root, math.MinInt)
}
