func maxSlidingWindow(nums []int, k int) []int {
    out := make([]int, 0, len(nums)-k+1)
    var deque []int // indices whose values decrease from front to back
    for i, x := range nums {
        for len(deque) > 0 && nums[deque[len(deque)-1]] <= x {
            deque = deque[:len(deque)-1]
        }
        deque = append(deque, i)
        if deque[0] <= i-k {
            deque = deque[1:]
        }
        if i >= k-1 {
            out = append(out, nums[deque[0]])
        }
    }
    return out
}
