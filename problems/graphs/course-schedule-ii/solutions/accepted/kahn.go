func findOrder(numCourses int, prerequisites [][]int) []int {
    next := make([][]int, numCourses)
    indegree := make([]int, numCourses)
    for _, p := range prerequisites {
        next[p[1]] = append(next[p[1]], p[0])
        indegree[p[0]]++
    }
    order := make([]int, 0, numCourses)
    for c, d := range indegree {
        if d == 0 {
            order = append(order, c)
        }
    }
    for i := 0; i < len(order); i++ {
        for _, c := range next[order[i]] {
            indegree[c]--
            if indegree[c] == 0 {
                order = append(order, c)
            }
        }
    }
    if len(order) < numCourses {
        return []int{}
    }
    return order
}
