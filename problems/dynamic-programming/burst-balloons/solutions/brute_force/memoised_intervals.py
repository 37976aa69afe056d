class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # gain(l, r): the most coins from the balloons strictly between l and r (padded row),
        # choosing which one goes last; remembered per interval, computed top down.
        v = [1] + nums + [1]

        @cache
        def gain(l, r):
            top = 0
            for k in range(l + 1, r):
                top = max(top, gain(l, k) + v[l] * v[k] * v[r] + gain(k, r))
            return top

        return gain(0, len(v) - 1)
