func trap(height []int) int {
    water := 0
    leftMax, rightMax := 0, 0
    for i, j := 0, len(height)-1; i < j; {
        if height[i] < height[j] {
            leftMax = max(leftMax, height[i])
            water += leftMax - height[i]
            i++
        } else {
            rightMax = max(rightMax, height[j])
            water += rightMax - height[j]
            j--
        }
    }
    return water
}
