func rob(nums []int) int {
    if len(nums) == 1 {
        return nums[0]
    }
    // The first and last houses are never both robbed: rob a row without one of them.
    return max(robRow(nums[1:]), robRow(nums[:len(nums)-1]))
}

func robRow(nums []int) int {
    skip, take := 0, 0
    for _, x := range nums {
        skip, take = max(skip, take), skip+x
    }
    return max(skip, take)
}
