func checkValidString(s string) bool {
    // lo..hi: the possible numbers of unclosed '(' so far
    lo, hi := 0, 0
    for _, ch := range s {
        switch ch {
        case '(':
            lo++
            hi++
        case ')':
            lo--
            hi--
        default:
            lo--
            hi++
        }
        if hi < 0 {
            return false
        }
        lo = max(lo, 0)
    }
    return lo == 0
}
