class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Correct: a depth-first search over routes of at most k + 1 flights that abandons
        # a route once it costs as much as the best found. Still exponential.
        out = collections.defaultdict(list)
        for u, v, p in flights:
            out[u].append((v, p))
        best = math.inf

        def go(city, spent, flights_left):
            nonlocal best
            if spent >= best:
                return
            if city == dst:
                best = spent
                return
            if flights_left == 0:
                return
            for v, p in out[city]:
                go(v, spent + p, flights_left - 1)

        go(src, 0, k + 1)
        return -1 if best == math.inf else best
