func largestRectangleArea(heights []int) int {
    best := 0
    var rising []int // indices of bars with rising heights
    for i := 0; i <= len(heights); i++ {
        h := 0
        if i < len(heights) {
            h = heights[i]
        }
        for len(rising) > 0 && heights[rising[len(rising)-1]] >= h {
            top := heights[rising[len(rising)-1]]
            rising = rising[:len(rising)-1]
            left := -1
            if len(rising) > 0 {
                left = rising[len(rising)-1]
            }
            best = max(best, top*(i-left-1))
        }
        rising = append(rising, i)
    }
    return best
}
