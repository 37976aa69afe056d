class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Correct Prim, but each step looks at every (inside, outside) pair again for the
        # cheapest link instead of remembering each point's best: O(n^3).
        n = len(points)
        inside = [0]
        outside = set(range(1, n))
        total = 0
        while outside:
            cost, pick = math.inf, -1
            for i in inside:
                xi, yi = points[i]
                for j in outside:
                    d = abs(points[j][0] - xi) + abs(points[j][1] - yi)
                    if d < cost:
                        cost, pick = d, j
            total += cost
            inside.append(pick)
            outside.remove(pick)
        return total
