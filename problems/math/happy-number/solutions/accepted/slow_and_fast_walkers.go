func isHappy(n int) bool {
    next := func(k int) int {
        sum := 0
        for ; k > 0; k /= 10 {
            d := k % 10
            sum += d * d
        }
        return sum
    }
    slow, fast := n, next(n)
    for fast != 1 && slow != fast {
        slow, fast = next(slow), next(next(fast))
    }
    return fast == 1
}
