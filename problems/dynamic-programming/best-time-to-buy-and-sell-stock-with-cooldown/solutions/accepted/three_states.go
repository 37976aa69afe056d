func maxProfit(prices []int) int {
    // hold: best profit holding a share; sold: just sold today; rest: free to buy.
    hold, sold, rest := math.MinInt/2, 0, 0
    for _, p := range prices {
        hold, sold, rest = max(hold, rest-p), hold+p, max(rest, sold)
    }
    return max(sold, rest)
}
