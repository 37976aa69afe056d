func myPow(x float64, n int) float64 {
    if n < 0 {
        x, n = 1/x, -n
    }
    result := 1.0
    for ; n > 0; n >>= 1 {
        if n&1 == 1 {
            result *= x
        }
        x *= x
    }
    return result
}
