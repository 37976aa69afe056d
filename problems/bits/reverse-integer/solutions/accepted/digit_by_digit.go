func reverse(x int) int {
    r := 0
    for x != 0 {
        d := x % 10
        x /= 10
        // check before r*10+d can leave the 32-bit range
        if r > math.MaxInt32/10 || (r == math.MaxInt32/10 && d > 7) {
            return 0
        }
        if r < math.MinInt32/10 || (r == math.MinInt32/10 && d < -8) {
            return 0
        }
        r = r*10 + d
    }
    return r
}
