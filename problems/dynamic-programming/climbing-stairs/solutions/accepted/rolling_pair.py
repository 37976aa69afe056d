class Solution:
    # The last move onto step i comes from step i - 1 or step i - 2, so
    # ways(i) = ways(i - 1) + ways(i - 2). Only the last two counts are kept.
    def climbStairs(self, n: int) -> int:
        before, current = 1, 1  # ways(0), ways(1)
        for _ in range(n - 1):
            before, current = current, before + current
        return current
