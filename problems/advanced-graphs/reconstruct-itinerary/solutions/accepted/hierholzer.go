func findItinerary(tickets [][]string) []string {
    // destinations sorted in reverse, so the smallest is popped from the end first
    next := map[string][]string{}
    for _, t := range tickets {
        next[t[0]] = append(next[t[0]], t[1])
    }
    for _, d := range next {
        sort.Sort(sort.Reverse(sort.StringSlice(d)))
    }
    route := []string{}
    stack := []string{"JFK"}
    for len(stack) > 0 {
        top := stack[len(stack)-1]
        if d := next[top]; len(d) > 0 {
            stack = append(stack, d[len(d)-1])
            next[top] = d[:len(d)-1]
        } else {
            route = append(route, top)
            stack = stack[:len(stack)-1]
        }
    }
    for i, j := 0, len(route)-1; i < j; i, j = i+1, j-1 {
        route[i], route[j] = route[j], route[i]
    }
    return route
}
