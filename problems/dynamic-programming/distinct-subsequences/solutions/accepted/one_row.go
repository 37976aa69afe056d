func numDistinct(s string, t string) int {
    // ways[j]: the ways to spell t[:j] from the part of s read so far.
    ways := make([]int, len(t)+1)
    ways[0] = 1
    for i := 0; i < len(s); i++ {
        for j := len(t); j >= 1; j-- {
            if s[i] == t[j-1] {
                ways[j] += ways[j-1]
            }
        }
    }
    return ways[len(t)]
}
