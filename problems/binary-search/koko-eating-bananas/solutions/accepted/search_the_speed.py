class Solution:
    # The hours needed only go down as k grows, so binary-search the smallest k in
    # [1, max(piles)] whose total fits in h.
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = 1, max(piles)
        while lo < hi:
            k = (lo + hi) // 2
            hours = 0
            for p in piles:
                hours += (p + k - 1) // k
            if hours <= h:
                hi = k
            else:
                lo = k + 1
        return lo
