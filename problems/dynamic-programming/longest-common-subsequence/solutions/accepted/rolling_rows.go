func longestCommonSubsequence(text1 string, text2 string) int {
    prev := make([]int, len(text2)+1)
    cur := make([]int, len(text2)+1)
    for i := 1; i <= len(text1); i++ {
        for j := 1; j <= len(text2); j++ {
            if text1[i-1] == text2[j-1] {
                cur[j] = prev[j-1] + 1
            } else {
                cur[j] = max(prev[j], cur[j-1])
            }
        }
        prev, cur = cur, prev
    }
    return prev[len(text2)]
}
