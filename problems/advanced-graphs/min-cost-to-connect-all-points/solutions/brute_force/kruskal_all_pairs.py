class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Kruskal: every pair as an edge, cheapest first, joined with union-find.
        n = len(points)
        edges = sorted((abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j)
                       for i in range(n) for j in range(i + 1, n))
        parent = list(range(n))

        def find(a):
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a

        total, joined = 0, 1
        for d, i, j in edges:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[ri] = rj
                total += d
                joined += 1
                if joined == n:
                    break
        return total
