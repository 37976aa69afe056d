func isNStraightHand(hand []int, groupSize int) bool {
    if len(hand)%groupSize != 0 {
        return false
    }
    count := map[int]int{}
    for _, c := range hand {
        count[c]++
    }
    values := make([]int, 0, len(count))
    for v := range count {
        values = append(values, v)
    }
    sort.Ints(values)
    for _, v := range values {
        need := count[v]
        if need == 0 {
            continue
        }
        for x := v; x < v+groupSize; x++ {
            if count[x] < need {
                return false
            }
            count[x] -= need
        }
    }
    return true
}
