class Solution:
    # Bug: a pile is charged p // k hours instead of rounding up, so the leftover
    # bananas of each pile are eaten for free and the speed found is too low.
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            k = (lo + hi) // 2
            if sum(p // k for p in piles) <= h:
                hi = k
            else:
                lo = k + 1
        return lo
