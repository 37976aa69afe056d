func isValid(s string) bool {
    closes := map[byte]byte{')': '(', ']': '[', '}': '{'}
    var open []byte
    for i := 0; i < len(s); i++ {
        c := s[i]
        want, isClose := closes[c]
        if !isClose {
            open = append(open, c)
            continue
        }
        if len(open) == 0 || open[len(open)-1] != want {
            return false
        }
        open = open[:len(open)-1]
    }
    return len(open) == 0
}
