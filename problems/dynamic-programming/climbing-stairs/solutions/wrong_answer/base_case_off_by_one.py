class Solution:
    # Bug: handles n <= 2 right, but then seeds the loop with ways(1) = 1 and ways(2) = 1,
    # forgetting the single two-step move onto step 2, so every count from n = 3 on is short.
    def climbStairs(self, n: int) -> int:
        if n <= 2:
            return n
        before, current = 1, 1
        for _ in range(n - 2):
            before, current = current, before + current
        return current
