import "slices"

func leastInterval(tasks []byte, n int) int {
    var counts [26]int
    for _, t := range tasks {
        counts[t-'A']++
    }
    most := slices.Max(counts[:])
    withMost := 0
    for _, c := range counts {
        if c == most {
            withMost++
        }
    }
    // Frames of n+1 slots, one per occurrence of the commonest task, the last frame cut short.
    return max(len(tasks), (most-1)*(n+1)+withMost)
}
