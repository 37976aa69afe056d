func dailyTemperatures(temperatures []int) []int {
    out := make([]int, len(temperatures))
    var waiting []int
    for i, t := range temperatures {
        for len(waiting) > 0 && temperatures[waiting[len(waiting)-1]] < t {
            j := waiting[len(waiting)-1]
            waiting = waiting[:len(waiting)-1]
            out[j] = i - j
        }
        waiting = append(waiting, i)
    }
    return out
}
