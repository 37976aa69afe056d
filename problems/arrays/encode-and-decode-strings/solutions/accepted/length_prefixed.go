type Codec struct {
}

func Constructor() Codec {
    return Codec{}
}

func (this *Codec) encode(strs []string) string {
    var b strings.Builder
    for _, s := range strs {
        b.WriteString(strconv.Itoa(len(s)))
        b.WriteByte('#')
        b.WriteString(s)
    }
    return b.String()
}

func (this *Codec) decode(s string) []string {
    out := []string{}
    for i := 0; i < len(s); {
        j := strings.IndexByte(s[i:], '#') + i
        n, _ := strconv.Atoi(s[i:j])
        out = append(out, s[j+1:j+1+n])
        i = j + 1 + n
    }
    return out
}
