func findDuplicate(nums []int) int {
    // i -> nums[i] is a list from 0 whose cycle starts at the repeated value.
    slow, fast := nums[0], nums[nums[0]]
    for slow != fast {
        slow, fast = nums[slow], nums[nums[fast]]
    }
    slow = 0
    for slow != fast {
        slow, fast = nums[slow], nums[fast]
    }
    return slow
}
