// LeetCode's ListNode, its reader and its writer.

package main

type ListNode struct {
	Val  int
	Next *ListNode
}

func prepReadList() *ListNode {
	n := prepIn.length()
	vals := make([]int, n)
	for i := range vals {
		vals[i] = int(prepIn.integer())
	}
	var head *ListNode
	for i := n - 1; i >= 0; i-- {
		head = &ListNode{Val: vals[i], Next: head}
	}
	return head
}

// prepLinkCycle links the tail of `head` back to its node at `pos` (-1: no cycle).
func prepLinkCycle(head *ListNode, pos int64) {
	if pos < 0 {
		return
	}
	var tail, target *ListNode
	i := int64(0)
	for n := head; n != nil; n = n.Next {
		if i == pos {
			target = n
		}
		tail = n
		i++
	}
	if tail != nil {
		tail.Next = target
	}
}

func init() {
	prepPutters = append(prepPutters, func(j *prepJSON, v any) bool {
		head, ok := v.(*ListNode)
		if !ok {
			return false
		}
		seen := map[*ListNode]bool{}
		j.raw("[")
		for n := head; n != nil; n = n.Next {
			if seen[n] {
				panic(prepBadOutput("the returned list has a cycle"))
			}
			seen[n] = true
			if n != head {
				j.raw(",")
			}
			prepPut(j, n.Val)
		}
		j.raw("]")
		return true
	})
}
