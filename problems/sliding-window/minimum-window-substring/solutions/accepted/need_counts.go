func minWindow(s string, t string) string {
    var need [128]int
    for i := 0; i < len(t); i++ {
        need[t[i]]++
    }
    missing := len(t)
    bestStart, bestLen := 0, -1
    left := 0
    for right := 0; right < len(s); right++ {
        if need[s[right]] > 0 {
            missing--
        }
        need[s[right]]--
        for missing == 0 {
            if bestLen < 0 || right-left+1 < bestLen {
                bestStart, bestLen = left, right-left+1
            }
            need[s[left]]++
            if need[s[left]] > 0 {
                missing++
            }
            left++
        }
    }
    if bestLen < 0 {
        return ""
    }
    return s[bestStart : bestStart+bestLen]
}
