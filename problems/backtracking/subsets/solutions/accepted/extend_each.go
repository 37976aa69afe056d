import "slices"

func subsets(nums []int) [][]int {
    res := [][]int{{}}
    for _, v := range nums {
        for _, s := range res {
            res = append(res, append(slices.Clone(s), v))
        }
    }
    return res
}
