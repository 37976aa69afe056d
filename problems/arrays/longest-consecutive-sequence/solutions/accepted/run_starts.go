func longestConsecutive(nums []int) int {
    present := make(map[int]bool, len(nums))
    for _, x := range nums {
        present[x] = true
    }
    best := 0
    for x := range present {
        if present[x-1] {
            continue
        }
        n := 1
        for present[x+n] {
            n++
        }
        best = max(best, n)
    }
    return best
}
