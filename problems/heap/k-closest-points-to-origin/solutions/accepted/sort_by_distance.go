import (
    "cmp"
    "slices"
)

func kClosest(points [][]int, k int) [][]int {
    dist := func(p []int) int { return p[0]*p[0] + p[1]*p[1] }
    slices.SortFunc(points, func(a, b []int) int { return cmp.Compare(dist(a), dist(b)) })
    return points[:k]
}
