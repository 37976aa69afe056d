import "slices"

func partition(s string) [][]string {
    n := len(s)
    // pal[i][j]: s[i..j] reads the same both ways.
    pal := make([][]bool, n)
    for i := range pal {
        pal[i] = make([]bool, n)
    }
    for i := n - 1; i >= 0; i-- {
        for j := i; j < n; j++ {
            pal[i][j] = s[i] == s[j] && (j-i < 2 || pal[i+1][j-1])
        }
    }
    res := [][]string{}
    var parts []string
    var cut func(from int)
    cut = func(from int) {
        if from == n {
            res = append(res, slices.Clone(parts))
            return
        }
        for end := from; end < n; end++ {
            if pal[from][end] {
                parts = append(parts, s[from:end+1])
                cut(end + 1)
                parts = parts[:len(parts)-1]
            }
        }
    }
    cut(0)
    return res
}
