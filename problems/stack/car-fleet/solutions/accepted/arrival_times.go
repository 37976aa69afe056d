func carFleet(target int, position []int, speed []int) int {
    order := make([]int, len(position))
    for i := range order {
        order[i] = i
    }
    sort.Slice(order, func(a, b int) bool { return position[order[a]] > position[order[b]] })
    fleets := 0
    slowest := 0.0 // the arrival time of the fleet just ahead
    for _, i := range order {
        t := float64(target-position[i]) / float64(speed[i])
        if t > slowest {
            fleets++
            slowest = t
        }
    }
    return fleets
}
