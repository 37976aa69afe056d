func maxArea(height []int) int {
    best := 0
    for i, j := 0, len(height)-1; i < j; {
        best = max(best, (j-i)*min(height[i], height[j]))
        if height[i] < height[j] {
            i++
        } else {
            j--
        }
    }
    return best
}
