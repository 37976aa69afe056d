func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
    const unreached = math.MaxInt
    cost := make([]int, n)
    for i := range cost {
        cost[i] = unreached
    }
    cost[src] = 0
    // round r allows r flights; k stops means at most k+1 flights
    for round := 0; round <= k; round++ {
        next := append([]int(nil), cost...)
        for _, f := range flights {
            from, to, price := f[0], f[1], f[2]
            if cost[from] != unreached && cost[from]+price < next[to] {
                next[to] = cost[from] + price
            }
        }
        cost = next
    }
    if cost[dst] == unreached {
        return -1
    }
    return cost[dst]
}
