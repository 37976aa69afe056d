func generateParenthesis(n int) []string {
    var out []string
    buf := make([]byte, 0, 2*n)
    var walk func(open, closed int)
    walk = func(open, closed int) {
        if len(buf) == 2*n {
            out = append(out, string(buf))
            return
        }
        if open < n {
            buf = append(buf, '(')
            walk(open+1, closed)
            buf = buf[:len(buf)-1]
        }
        if closed < open {
            buf = append(buf, ')')
            walk(open, closed+1)
            buf = buf[:len(buf)-1]
        }
    }
    walk(0, 0)
    return out
}
