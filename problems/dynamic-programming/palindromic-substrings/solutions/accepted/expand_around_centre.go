func countSubstrings(s string) int {
    count := 0
    for centre := 0; centre < 2*len(s)-1; centre++ {
        l, r := centre/2, (centre+1)/2
        for l >= 0 && r < len(s) && s[l] == s[r] {
            count++
            l--
            r++
        }
    }
    return count
}
