func longestPalindrome(s string) string {
    start, end := 0, 1
    for centre := 0; centre < 2*len(s)-1; centre++ {
        l, r := centre/2, (centre+1)/2
        for l >= 0 && r < len(s) && s[l] == s[r] {
            l--
            r++
        }
        if r-l-1 > end-start {
            start, end = l+1, r
        }
    }
    return s[start:end]
}
