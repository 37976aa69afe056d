class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Prim's algorithm for a complete graph: O(n^2) time, no edge list.
        n = len(points)
        best = [math.inf] * n
        outside = list(range(1, n))
        x0, y0 = points[0]
        for j in outside:
            best[j] = abs(points[j][0] - x0) + abs(points[j][1] - y0)
        total = 0
        while outside:
            k = min(outside, key=best.__getitem__)
            total += best[k]
            outside.remove(k)
            xk, yk = points[k]
            for j in outside:
                d = abs(points[j][0] - xk) + abs(points[j][1] - yk)
                if d < best[j]:
                    best[j] = d
        return total
