func cloneGraph(node *Node) *Node {
    if node == nil {
        return nil
    }
    copies := map[*Node]*Node{node: {Val: node.Val}}
    queue := []*Node{node}
    for len(queue) > 0 {
        n := queue[0]
        queue = queue[1:]
        for _, nb := range n.Neighbors {
            if _, seen := copies[nb]; !seen {
                copies[nb] = &Node{Val: nb.Val}
                queue = append(queue, nb)
            }
            copies[n].Neighbors = append(copies[n].Neighbors, copies[nb])
        }
    }
    return copies[node]
}
