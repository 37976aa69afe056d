import "slices"

func combinationSum(candidates []int, target int) [][]int {
    slices.Sort(candidates)
    res := [][]int{}
    var picked []int
    // pick adds candidates[from:] (each as often as it fits) to reach what is left.
    var pick func(from, left int)
    pick = func(from, left int) {
        if left == 0 {
            res = append(res, slices.Clone(picked))
            return
        }
        for i := from; i < len(candidates) && candidates[i] <= left; i++ {
            picked = append(picked, candidates[i])
            pick(i, left-candidates[i])
            picked = picked[:len(picked)-1]
        }
    }
    pick(0, target)
    return res
}
