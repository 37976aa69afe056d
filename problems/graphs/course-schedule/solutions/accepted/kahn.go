func canFinish(numCourses int, prerequisites [][]int) bool {
    next := make([][]int, numCourses)
    indegree := make([]int, numCourses)
    for _, p := range prerequisites {
        next[p[1]] = append(next[p[1]], p[0])
        indegree[p[0]]++
    }
    ready := []int{}
    for c, d := range indegree {
        if d == 0 {
            ready = append(ready, c)
        }
    }
    taken := 0
    for len(ready) > 0 {
        c := ready[len(ready)-1]
        ready = ready[:len(ready)-1]
        taken++
        for _, n := range next[c] {
            indegree[n]--
            if indegree[n] == 0 {
                ready = append(ready, n)
            }
        }
    }
    return taken == numCourses
}
