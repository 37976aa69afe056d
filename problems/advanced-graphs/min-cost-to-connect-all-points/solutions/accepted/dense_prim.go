func minCostConnectPoints(points [][]int) int {
    n := len(points)
    dist := make([]int, n) // cheapest link from the tree to each point outside it
    inTree := make([]bool, n)
    for i := range dist {
        dist[i] = math.MaxInt
    }
    dist[0] = 0
    total := 0
    for range n {
        u := -1
        for i := 0; i < n; i++ {
            if !inTree[i] && (u == -1 || dist[i] < dist[u]) {
                u = i
            }
        }
        inTree[u] = true
        total += dist[u]
        for v := 0; v < n; v++ {
            if !inTree[v] {
                d := abs(points[u][0]-points[v][0]) + abs(points[u][1]-points[v][1])
                dist[v] = min(dist[v], d)
            }
        }
    }
    return total
}

func abs(x int) int {
    if x < 0 {
        return -x
    }
    return x
}
