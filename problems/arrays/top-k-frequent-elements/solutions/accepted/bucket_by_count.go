func topKFrequent(nums []int, k int) []int {
    counts := map[int]int{}
    for _, x := range nums {
        counts[x]++
    }
    buckets := make([][]int, len(nums)+1)
    for x, c := range counts {
        buckets[c] = append(buckets[c], x)
    }
    out := make([]int, 0, k)
    for c := len(nums); c > 0 && len(out) < k; c-- {
        for _, x := range buckets[c] {
            if len(out) < k {
                out = append(out, x)
            }
        }
    }
    return out
}
