import "slices"

func permute(nums []int) [][]int {
    res := [][]int{}
    // fix chooses each remaining number for place i in turn.
    var fix func(i int)
    fix = func(i int) {
        if i == len(nums) {
            res = append(res, slices.Clone(nums))
            return
        }
        for j := i; j < len(nums); j++ {
            nums[i], nums[j] = nums[j], nums[i]
            fix(i + 1)
            nums[i], nums[j] = nums[j], nums[i]
        }
    }
    fix(0)
    return res
}
