class Solution:
    # A second, independent search: "k fits in h hours" is False then True as k goes
    # from 1 to max(piles); bisect finds the first True. (A plain scan over every k is
    # the time_limit_exceeded reference; answers here can be near 10^9 even on tiny
    # inputs, so the cross-check cannot scan.)
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        def fits(k):
            return sum(-(-p // k) for p in piles) <= h
        speeds = range(1, max(piles) + 1)
        return speeds[bisect_left(speeds, True, key=fits)]
