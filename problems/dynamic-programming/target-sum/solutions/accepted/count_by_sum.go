func findTargetSumWays(nums []int, target int) int {
    // ways[s]: sign choices so far that sum to s.
    ways := map[int]int{0: 1}
    for _, x := range nums {
        next := make(map[int]int, 2*len(ways))
        for s, w := range ways {
            next[s+x] += w
            next[s-x] += w
        }
        ways = next
    }
    return ways[target]
}
