func missingNumber(nums []int) int {
    x := len(nums)
    for i, n := range nums {
        x ^= i ^ n
    }
    return x
}
