func buildTree(preorder []int, inorder []int) *TreeNode {
    at := make(map[int]int, len(inorder))
    for i, v := range inorder {
        at[v] = i
    }
    next := 0
    // build makes the subtree whose values are inorder[lo:hi].
    var build func(lo, hi int) *TreeNode
    build = func(lo, hi int) *TreeNode {
        if lo >= hi {
            return nil
        }
        root := &TreeNode{Val: preorder[next]}
        next++
        mid := at[root.Val]
        root.Left = build(lo, mid)
        root.Right = build(mid+1, hi)
        return root
    }
    return build(0, len(inorder))
}
