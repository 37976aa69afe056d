func isMatch(s string, p string) bool {
    // match[i][j]: s[i:] is matched by p[j:].
    match := make([][]bool, len(s)+1)
    for i := range match {
        match[i] = make([]bool, len(p)+1)
    }
    match[len(s)][len(p)] = true
    for i := len(s); i >= 0; i-- {
        for j := len(p) - 1; j >= 0; j-- {
            first := i < len(s) && (p[j] == '.' || p[j] == s[i])
            if j+1 < len(p) && p[j+1] == '*' {
                match[i][j] = match[i][j+2] || first && match[i+1][j]
            } else {
                match[i][j] = first && match[i+1][j+1]
            }
        }
    }
    return match[0][0]
}
