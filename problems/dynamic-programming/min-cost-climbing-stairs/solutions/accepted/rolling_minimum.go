func minCostClimbingStairs(cost []int) int {
    // a, b: the cheapest cost to stand on the two steps below the current one.
    a, b := 0, 0
    for i := 2; i <= len(cost); i++ {
        a, b = b, min(b+cost[i-1], a+cost[i-2])
    }
    return b
}
