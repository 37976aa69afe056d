func coinChange(coins []int, amount int) int {
    fewest := make([]int, amount+1)
    for a := 1; a <= amount; a++ {
        fewest[a] = -1
        for _, c := range coins {
            if c <= a && fewest[a-c] >= 0 && (fewest[a] < 0 || fewest[a-c]+1 < fewest[a]) {
                fewest[a] = fewest[a-c] + 1
            }
        }
    }
    return fewest[amount]
}
