class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # After the first i signs, all that matters for the rest is the running total, and
        # it lies in -S..S for S = sum(nums). ways[t + S] counts the sign choices for the
        # prefix that reach t. O(n S) time, O(S) space.
        total = sum(nums)
        if abs(target) > total:
            return 0
        ways = [0] * (2 * total + 1)
        ways[total] = 1
        for x in nums:
            nxt = [0] * (2 * total + 1)
            for t, c in enumerate(ways):
                if c:
                    nxt[t + x] += c
                    nxt[t - x] += c
            ways = nxt
        return ways[target + total]
