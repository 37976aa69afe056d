func searchMatrix(matrix [][]int, target int) bool {
    cols := len(matrix[0])
    lo, hi := 0, len(matrix)*cols-1
    for lo <= hi {
        mid := lo + (hi-lo)/2
        v := matrix[mid/cols][mid%cols]
        switch {
        case v == target:
            return true
        case v < target:
            lo = mid + 1
        default:
            hi = mid - 1
        }
    }
    return false
}
