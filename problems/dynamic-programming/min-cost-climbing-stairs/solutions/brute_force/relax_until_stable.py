class Solution:
    # Shortest path over positions 0..n by Bellman-Ford: relax every move (pay cost[i] to go
    # from i to i + 1 or i + 2) until nothing improves. O(n^2) in the worst case.
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)
        inf = float("inf")
        dist = [inf] * (n + 1)
        dist[0] = dist[1] = 0
        changed = True
        while changed:
            changed = False
            for i in range(n):
                if dist[i] == inf:
                    continue
                for j in (i + 1, i + 2):
                    if j <= n and dist[i] + cost[i] < dist[j]:
                        dist[j] = dist[i] + cost[i]
                        changed = True
        return dist[n]
