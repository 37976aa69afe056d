func maxProfit(prices []int) int {
    best, cheapest := 0, prices[0]
    for _, p := range prices[1:] {
        best = max(best, p-cheapest)
        cheapest = min(cheapest, p)
    }
    return best
}
