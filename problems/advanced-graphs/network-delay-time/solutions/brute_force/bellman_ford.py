class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Relax every edge n - 1 times.
        dist = [math.inf] * (n + 1)
        dist[k] = 0
        for _ in range(n - 1):
            for u, v, w in times:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
        worst = max(dist[1:])
        return -1 if worst == math.inf else worst
