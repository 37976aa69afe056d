from math import comb


class Solution:
    # A different route to the same count: a sequence with k two-step moves has n - 2k
    # one-step moves, n - k moves in all, and the two-step moves can be any k of them.
    def climbStairs(self, n: int) -> int:
        return sum(comb(n - k, k) for k in range(n // 2 + 1))
