// LeetCode's random-pointer Node, its reader and its writer.

package main

type Node struct {
	Val    int
	Next   *Node
	Random *Node
}

// prepInputNodes are the nodes made from the cases' inputs: an answer sharing one is aliased.
var prepInputNodes = map[*Node]bool{}

func prepReadRandom() *Node {
	n := prepIn.length()
	made := make([]*Node, n)
	random := make([]int64, n)
	for i := range made {
		made[i] = &Node{Val: int(prepIn.integer())}
		random[i] = prepIn.integer()
		prepInputNodes[made[i]] = true
	}
	for i := range made {
		if i+1 < n {
			made[i].Next = made[i+1]
		}
		if random[i] >= 0 {
			made[i].Random = made[random[i]]
		}
	}
	if n == 0 {
		return nil
	}
	return made[0]
}

func init() {
	prepPutters = append(prepPutters, func(j *prepJSON, v any) bool {
		head, ok := v.(*Node)
		if !ok {
			return false
		}
		index := map[*Node]int{}
		var nodes []*Node
		for n := head; n != nil; n = n.Next {
			if _, seen := index[n]; seen {
				panic(prepBadOutput("the returned list has a cycle"))
			}
			index[n] = len(nodes)
			nodes = append(nodes, n)
		}
		j.raw("[")
		for i, n := range nodes {
			if i > 0 {
				j.raw(",")
			}
			j.raw("[")
			prepPut(j, n.Val)
			j.raw(",")
			if n.Random == nil {
				j.raw("null")
			} else if at, ok := index[n.Random]; ok {
				prepPut(j, at)
			} else {
				panic(prepBadOutput("a random pointer leaves the returned list"))
			}
			j.raw("]")
			if prepInputNodes[n] {
				j.aliased = true
			}
		}
		j.raw("]")
		return true
	})
}
