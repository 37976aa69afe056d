import "slices"

func subsetsWithDup(nums []int) [][]int {
    slices.Sort(nums)
    res := [][]int{}
    var picked []int
    var pick func(from int)
    pick = func(from int) {
        res = append(res, slices.Clone(picked))
        for i := from; i < len(nums); i++ {
            if i > from && nums[i] == nums[i-1] {
                continue
            }
            picked = append(picked, nums[i])
            pick(i + 1)
            picked = picked[:len(picked)-1]
        }
    }
    pick(0)
    return res
}
