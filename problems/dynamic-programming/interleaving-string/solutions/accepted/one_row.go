func isInterleave(s1 string, s2 string, s3 string) bool {
    if len(s1)+len(s2) != len(s3) {
        return false
    }
    // ok[j]: s3[:i+j] interleaves s1[:i] and s2[:j], for the current i.
    ok := make([]bool, len(s2)+1)
    for i := 0; i <= len(s1); i++ {
        for j := 0; j <= len(s2); j++ {
            switch {
            case i == 0 && j == 0:
                ok[j] = true
            case i == 0:
                ok[j] = ok[j-1] && s2[j-1] == s3[j-1]
            case j == 0:
                ok[j] = ok[j] && s1[i-1] == s3[i-1]
            default:
                ok[j] = ok[j] && s1[i-1] == s3[i+j-1] || ok[j-1] && s2[j-1] == s3[i+j-1]
            }
        }
    }
    return ok[len(s2)]
}
