func merge(intervals [][]int) [][]int {
    sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
    merged := [][]int{intervals[0]}
    for _, iv := range intervals[1:] {
        last := merged[len(merged)-1]
        if iv[0] <= last[1] {
            last[1] = max(last[1], iv[1])
        } else {
            merged = append(merged, iv)
        }
    }
    return merged
}
