import "slices"

func combinationSum2(candidates []int, target int) [][]int {
    slices.Sort(candidates)
    res := [][]int{}
    var picked []int
    var pick func(from, left int)
    pick = func(from, left int) {
        if left == 0 {
            res = append(res, slices.Clone(picked))
            return
        }
        for i := from; i < len(candidates) && candidates[i] <= left; i++ {
            if i > from && candidates[i] == candidates[i-1] {
                continue // the same value in this place was tried already
            }
            picked = append(picked, candidates[i])
            pick(i+1, left-candidates[i])
            picked = picked[:len(picked)-1]
        }
    }
    pick(0, target)
    return res
}
