func letterCombinations(digits string) []string {
    if digits == "" {
        return []string{}
    }
    letters := []string{"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"}
    res := []string{""}
    for _, d := range digits {
        var next []string
        for _, prefix := range res {
            for _, l := range letters[d-'0'] {
                next = append(next, prefix+string(l))
            }
        }
        res = next
    }
    return res
}
