type Codec struct {
}

func Constructor() Codec {
    return Codec{}
}

// Serializes a tree to a single string: preorder, `#` for an empty child.
func (this *Codec) serialize(root *TreeNode) string {
    var parts []string
    var walk func(n *TreeNode)
    walk = func(n *TreeNode) {
        if n == nil {
            parts = append(parts, "#")
            return
        }
        parts = append(parts, strconv.Itoa(n.Val))
        walk(n.Left)
        walk(n.Right)
    }
    walk(root)
    return strings.Join(parts, ",")
}

// Deserializes your encoded data to tree.
func (this *Codec) deserialize(data string) *TreeNode {
    parts := strings.Split(data, ",")
    i := 0
    var build func() *TreeNode
    build = func() *TreeNode {
        p := parts[i]
        i++
        if p == "#" {
            return nil
        }
        v, _ := strconv.Atoi(p)
        n := &TreeNode{Val: v}
        n.Left = build()
        n.Right = build()
        return n
    }
    return build()
}
