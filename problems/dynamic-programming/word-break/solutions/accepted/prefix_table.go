func wordBreak(s string, wordDict []string) bool {
    words := make(map[string]bool, len(wordDict))
    longest := 0
    for _, w := range wordDict {
        words[w] = true
        longest = max(longest, len(w))
    }
    // splits[i]: s[:i] can be cut into words.
    splits := make([]bool, len(s)+1)
    splits[0] = true
    for i := 1; i <= len(s); i++ {
        for j := max(0, i-longest); j < i && !splits[i]; j++ {
            splits[i] = splits[j] && words[s[j:i]]
        }
    }
    return splits[len(s)]
}
