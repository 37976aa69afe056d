// LeetCode's TreeNode, its reader and its writer.

package main

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

// prepTreeMade holds the nodes of the tree read last, in level order.
var prepTreeMade []*TreeNode

func prepReadTree() *TreeNode {
	vals, ok := prepIn.levelOrder()
	prepTreeMade = nil
	if len(vals) == 0 || !ok[0] {
		return nil
	}
	root := &TreeNode{Val: vals[0]}
	made := []*TreeNode{root}
	for qi, i := 0, 1; i < len(vals) && qi < len(made); qi++ {
		parent := made[qi]
		if ok[i] {
			parent.Left = &TreeNode{Val: vals[i]}
			made = append(made, parent.Left)
		}
		i++
		if i < len(vals) && ok[i] {
			parent.Right = &TreeNode{Val: vals[i]}
			made = append(made, parent.Right)
		}
		i++
	}
	prepTreeMade = made
	return root
}

// prepFindNode is the first node (in level order) of `made` with the value v.
func prepFindNode(made []*TreeNode, v int64) *TreeNode {
	for _, n := range made {
		if int64(n.Val) == v {
			return n
		}
	}
	return nil
}

func init() {
	prepPutters = append(prepPutters, func(j *prepJSON, v any) bool {
		root, ok := v.(*TreeNode)
		if !ok {
			return false
		}
		seen := map[*TreeNode]bool{}
		queue := []*TreeNode{root}
		var items []*TreeNode
		for qi := 0; qi < len(queue); qi++ {
			n := queue[qi]
			items = append(items, n)
			if n == nil {
				continue
			}
			if seen[n] {
				panic(prepBadOutput("the returned tree has a cycle or a shared node"))
			}
			seen[n] = true
			queue = append(queue, n.Left, n.Right)
		}
		for len(items) > 0 && items[len(items)-1] == nil {
			items = items[:len(items)-1]
		}
		j.raw("[")
		for i, n := range items {
			if i > 0 {
				j.raw(",")
			}
			if n == nil {
				j.raw("null")
			} else {
				prepPut(j, n.Val)
			}
		}
		j.raw("]")
		return true
	})
}
