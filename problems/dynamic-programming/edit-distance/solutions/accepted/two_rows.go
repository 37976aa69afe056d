func minDistance(word1 string, word2 string) int {
    prev := make([]int, len(word2)+1)
    cur := make([]int, len(word2)+1)
    for j := range prev {
        prev[j] = j
    }
    for i := 1; i <= len(word1); i++ {
        cur[0] = i
        for j := 1; j <= len(word2); j++ {
            if word1[i-1] == word2[j-1] {
                cur[j] = prev[j-1]
            } else {
                cur[j] = 1 + min(prev[j-1], prev[j], cur[j-1])
            }
        }
        prev, cur = cur, prev
    }
    return prev[len(word2)]
}
