class Solution:
    # Correct but exponential: the cheapest climb from step i is tried afresh from every
    # way of reaching it, with no memo.
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)

        def climb(i: int) -> int:
            if i >= n:
                return 0
            return cost[i] + min(climb(i + 1), climb(i + 2))

        return min(climb(0), climb(1))
