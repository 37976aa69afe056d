func lengthOfLongestSubstring(s string) int {
    var last [256]int // one past the last index of each byte, 0 when unseen
    best, start := 0, 0
    for i := 0; i < len(s); i++ {
        start = max(start, last[s[i]])
        last[s[i]] = i + 1
        best = max(best, i+1-start)
    }
    return best
}
