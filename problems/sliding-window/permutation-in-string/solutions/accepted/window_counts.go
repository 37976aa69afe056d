func checkInclusion(s1 string, s2 string) bool {
    n := len(s1)
    if n > len(s2) {
        return false
    }
    var want, have [26]int
    for i := 0; i < n; i++ {
        want[s1[i]-'a']++
        have[s2[i]-'a']++
    }
    for i := n; ; i++ {
        if want == have {
            return true
        }
        if i == len(s2) {
            return false
        }
        have[s2[i]-'a']++
        have[s2[i-n]-'a']--
    }
}
