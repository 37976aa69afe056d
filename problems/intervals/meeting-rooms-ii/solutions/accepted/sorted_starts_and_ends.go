func minMeetingRooms(intervals [][]int) int {
    starts := make([]int, len(intervals))
    ends := make([]int, len(intervals))
    for i, iv := range intervals {
        starts[i], ends[i] = iv[0], iv[1]
    }
    sort.Ints(starts)
    sort.Ints(ends)
    rooms, most, j := 0, 0, 0
    for _, s := range starts {
        for ends[j] <= s {
            rooms--
            j++
        }
        rooms++
        most = max(most, rooms)
    }
    return most
}
