func rightSideView(root *TreeNode) []int {
    out := []int{}
    if root == nil {
        return out
    }
    level := []*TreeNode{root}
    for len(level) > 0 {
        out = append(out, level[len(level)-1].Val)
        var next []*TreeNode
        for _, n := range level {
            if n.Left != nil {
                next = append(next, n.Left)
            }
            if n.Right != nil {
                next = append(next, n.Right)
            }
        }
        level = next
    }
    return out
}
