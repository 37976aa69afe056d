func spiralOrder(matrix [][]int) []int {
    top, bottom, left, right := 0, len(matrix)-1, 0, len(matrix[0])-1
    out := make([]int, 0, len(matrix)*len(matrix[0]))
    for top <= bottom && left <= right {
        for j := left; j <= right; j++ {
            out = append(out, matrix[top][j])
        }
        for i := top + 1; i <= bottom; i++ {
            out = append(out, matrix[i][right])
        }
        if top < bottom && left < right {
            for j := right - 1; j >= left; j-- {
                out = append(out, matrix[bottom][j])
            }
            for i := bottom - 1; i > top; i-- {
                out = append(out, matrix[i][left])
            }
        }
        top, bottom, left, right = top+1, bottom-1, left+1, right-1
    }
    return out
}
