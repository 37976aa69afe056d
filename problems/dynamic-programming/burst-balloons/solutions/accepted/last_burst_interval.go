func maxCoins(nums []int) int {
    vals := make([]int, 0, len(nums)+2)
    vals = append(vals, 1)
    vals = append(vals, nums...)
    vals = append(vals, 1)
    n := len(vals)
    // best[l][r]: the most coins from bursting every balloon strictly between l and r.
    best := make([][]int, n)
    for i := range best {
        best[i] = make([]int, n)
    }
    for gap := 2; gap < n; gap++ {
        for l := 0; l+gap < n; l++ {
            r := l + gap
            for k := l + 1; k < r; k++ {
                best[l][r] = max(best[l][r], best[l][k]+best[k][r]+vals[l]*vals[k]*vals[r])
            }
        }
    }
    return best[0][n-1]
}
