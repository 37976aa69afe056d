func insert(intervals [][]int, newInterval []int) [][]int {
    result := [][]int{}
    start, end := newInterval[0], newInterval[1]
    i := 0
    for i < len(intervals) && intervals[i][1] < start {
        result = append(result, intervals[i])
        i++
    }
    for i < len(intervals) && intervals[i][0] <= end {
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i++
    }
    result = append(result, []int{start, end})
    return append(result, intervals[i:]...)
}
