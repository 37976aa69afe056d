// LeetCode's graph Node, its reader and its writer.

package main

type Node struct {
	Val       int
	Neighbors []*Node
}

// prepInputNodes are the nodes made from the cases' inputs: an answer sharing one is aliased.
var prepInputNodes = map[*Node]bool{}

func prepReadGraph() *Node {
	n := prepIn.length()
	made := make([]*Node, n)
	for i := range made {
		made[i] = &Node{Val: i + 1}
		prepInputNodes[made[i]] = true
	}
	for i := range made {
		m := prepIn.length()
		for k := 0; k < m; k++ {
			made[i].Neighbors = append(made[i].Neighbors, made[prepIn.integer()-1])
		}
	}
	if n == 0 {
		return nil
	}
	return made[0]
}

func init() {
	prepPutters = append(prepPutters, func(j *prepJSON, v any) bool {
		start, ok := v.(*Node)
		if !ok {
			return false
		}
		if start == nil {
			j.raw("[]")
			return true
		}
		seen := map[*Node]bool{start: true}
		order := []*Node{start}
		for qi := 0; qi < len(order); qi++ {
			for _, nb := range order[qi].Neighbors {
				if nb != nil && !seen[nb] {
					seen[nb] = true
					order = append(order, nb)
				}
			}
		}
		prepStableSort(order, func(a, b *Node) bool { return a.Val < b.Val })
		j.raw("[")
		for i, n := range order {
			if i > 0 {
				j.raw(",")
			}
			j.raw("[")
			for k, nb := range n.Neighbors {
				if k > 0 {
					j.raw(",")
				}
				if nb == nil {
					j.raw("null")
				} else {
					prepPut(j, nb.Val)
				}
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

// prepStableSort is an insertion-merge sort by `less` (sort.SliceStable, without importing
// `sort` into the user's package scope).
func prepStableSort(a []*Node, less func(a, b *Node) bool) {
	for i := 1; i < len(a); i++ {
		for k := i; k > 0 && less(a[k], a[k-1]); k-- {
			a[k], a[k-1] = a[k-1], a[k]
		}
	}
}
