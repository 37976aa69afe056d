class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # k + 1 rounds of Bellman-Ford; each round reads the previous round's prices,
        # so after round i the prices use at most i flights.
        cost = [math.inf] * n
        cost[src] = 0
        for _ in range(k + 1):
            nxt = cost[:]
            changed = False
            for u, v, p in flights:
                c = cost[u] + p
                if c < nxt[v]:
                    nxt[v] = c
                    changed = True
            cost = nxt
            if not changed:
                break
        return -1 if cost[dst] == math.inf else cost[dst]
