class Solution:
    # Correct but exponential: the same sub-counts are recomputed again and again, about
    # ways(n) calls in all (over a billion for n = 45).
    def climbStairs(self, n: int) -> int:
        if n <= 1:
            return 1
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
