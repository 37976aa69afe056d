func characterReplacement(s string, k int) int {
    var counts [26]int
    most, left := 0, 0
    for right := 0; right < len(s); right++ {
        counts[s[right]-'A']++
        most = max(most, counts[s[right]-'A'])
        // The window never shrinks: it only slides once it holds more than k changes.
        if right-left+1-most > k {
            counts[s[left]-'A']--
            left++
        }
    }
    return len(s) - left
}
