func numDecodings(s string) int {
    // prev2, prev1: ways to decode the prefixes two and one characters shorter.
    prev2, prev1 := 0, 1
    for i := 0; i < len(s); i++ {
        cur := 0
        if s[i] != '0' {
            cur = prev1
        }
        if i > 0 && (s[i-1] == '1' || s[i-1] == '2' && s[i] <= '6') {
            cur += prev2
        }
        prev2, prev1 = prev1, cur
    }
    return prev1
}
