func alienOrder(words []string) string {
    present := [26]bool{}
    for _, w := range words {
        for i := 0; i < len(w); i++ {
            present[w[i]-'a'] = true
        }
    }
    var after [26][26]bool
    indegree := [26]int{}
    for i := 0; i+1 < len(words); i++ {
        a, b := words[i], words[i+1]
        j := 0
        for j < len(a) && j < len(b) && a[j] == b[j] {
            j++
        }
        if j == len(a) || j == len(b) {
            if len(a) > len(b) {
                return "" // a longer word before its own prefix
            }
            continue
        }
        x, y := a[j]-'a', b[j]-'a'
        if !after[x][y] {
            after[x][y] = true
            indegree[y]++
        }
    }
    ready := []byte{}
    letters := 0
    for c := 0; c < 26; c++ {
        if present[c] {
            letters++
            if indegree[c] == 0 {
                ready = append(ready, byte(c))
            }
        }
    }
    var order strings.Builder
    for len(ready) > 0 {
        c := ready[0]
        ready = ready[1:]
        order.WriteByte('a' + c)
        for d := byte(0); d < 26; d++ {
            if after[c][d] {
                indegree[d]--
                if indegree[d] == 0 {
                    ready = append(ready, d)
                }
            }
        }
    }
    if order.Len() < letters {
        return ""
    }
    return order.String()
}
