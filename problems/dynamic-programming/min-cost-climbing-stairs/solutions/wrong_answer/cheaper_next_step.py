class Solution:
    # Bug: greedy. Starts on the cheaper of the first two steps and then always moves to
    # the cheaper of the next two, which can walk into an expensive step later on.
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)
        i = 0 if cost[0] <= cost[1] else 1
        total = 0
        while i < n:
            total += cost[i]
            if i + 2 >= n:
                break
            i = i + 1 if cost[i + 1] <= cost[i + 2] else i + 2
        return total
