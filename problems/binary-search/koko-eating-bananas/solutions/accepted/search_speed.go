func minEatingSpeed(piles []int, h int) int {
    lo, hi := 1, 1
    for _, p := range piles {
        hi = max(hi, p)
    }
    for lo < hi {
        k := lo + (hi-lo)/2
        hours := 0
        for _, p := range piles {
            hours += (p + k - 1) / k
        }
        if hours <= h {
            hi = k
        } else {
            lo = k + 1
        }
    }
    return lo
}
