func countComponents(n int, edges [][]int) int {
    parent := make([]int, n)
    for i := range parent {
        parent[i] = i
    }
    find := func(x int) int {
        for parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }
    components := n
    for _, e := range edges {
        a, b := find(e[0]), find(e[1])
        if a != b {
            parent[a] = b
            components--
        }
    }
    return components
}
