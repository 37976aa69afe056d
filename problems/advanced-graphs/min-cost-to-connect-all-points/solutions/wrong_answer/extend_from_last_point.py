class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Builds a path instead of a tree: always links the point nearest to the point
        # added last, ignoring cheaper links from earlier points.
        n = len(points)
        used = [False] * n
        used[0] = True
        last, total = 0, 0
        for _ in range(n - 1):
            xl, yl = points[last]
            nxt = min((j for j in range(n) if not used[j]),
                      key=lambda j: abs(points[j][0] - xl) + abs(points[j][1] - yl))
            total += abs(points[nxt][0] - xl) + abs(points[nxt][1] - yl)
            used[nxt] = True
            last = nxt
        return total
