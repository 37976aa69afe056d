func multiply(num1 string, num2 string) string {
    // digits[k]: the sum of products landing on the k-th digit from the right.
    digits := make([]int, len(num1)+len(num2))
    for i := len(num1) - 1; i >= 0; i-- {
        for j := len(num2) - 1; j >= 0; j-- {
            k := len(num1) - 1 - i + len(num2) - 1 - j
            digits[k] += int(num1[i]-'0') * int(num2[j]-'0')
        }
    }
    for k := 0; k+1 < len(digits); k++ {
        digits[k+1] += digits[k] / 10
        digits[k] %= 10
    }
    top := len(digits) - 1
    for top > 0 && digits[top] == 0 {
        top--
    }
    var b strings.Builder
    for k := top; k >= 0; k-- {
        b.WriteByte(byte('0' + digits[k]))
    }
    return b.String()
}
