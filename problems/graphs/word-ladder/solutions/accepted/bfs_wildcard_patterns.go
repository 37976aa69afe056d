func ladderLength(beginWord string, endWord string, wordList []string) int {
    // words that differ in one letter share a pattern with '*' at that letter
    byPattern := map[string][]string{}
    hasEnd := false
    for _, w := range wordList {
        if w == endWord {
            hasEnd = true
        }
        for i := range w {
            p := w[:i] + "*" + w[i+1:]
            byPattern[p] = append(byPattern[p], w)
        }
    }
    if !hasEnd {
        return 0
    }
    seen := map[string]bool{beginWord: true}
    level := []string{beginWord}
    for length := 1; len(level) > 0; length++ {
        next := []string{}
        for _, w := range level {
            if w == endWord {
                return length
            }
            for i := range w {
                p := w[:i] + "*" + w[i+1:]
                for _, v := range byPattern[p] {
                    if !seen[v] {
                        seen[v] = true
                        next = append(next, v)
                    }
                }
                delete(byPattern, p)
            }
        }
        level = next
    }
    return 0
}
