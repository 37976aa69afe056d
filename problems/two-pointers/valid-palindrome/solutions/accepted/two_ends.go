func isPalindrome(s string) bool {
    keep := func(c byte) bool {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
    }
    lower := func(c byte) byte {
        if c >= 'A' && c <= 'Z' {
            return c + 'a' - 'A'
        }
        return c
    }
    for i, j := 0, len(s)-1; i < j; {
        switch {
        case !keep(s[i]):
            i++
        case !keep(s[j]):
            j--
        case lower(s[i]) != lower(s[j]):
            return false
        default:
            i++
            j--
        }
    }
    return true
}
