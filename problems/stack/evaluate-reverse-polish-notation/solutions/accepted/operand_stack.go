func evalRPN(tokens []string) int {
    var st []int
    for _, t := range tokens {
        switch t {
        case "+", "-", "*", "/":
            a, b := st[len(st)-2], st[len(st)-1]
            st = st[:len(st)-2]
            var r int
            switch t {
            case "+":
                r = a + b
            case "-":
                r = a - b
            case "*":
                r = a * b
            default:
                r = a / b
            }
            st = append(st, r)
        default:
            n, _ := strconv.Atoi(t)
            st = append(st, n)
        }
    }
    return st[0]
}
