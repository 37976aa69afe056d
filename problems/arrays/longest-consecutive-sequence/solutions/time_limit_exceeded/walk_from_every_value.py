class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # O(n^2) on one long run: a run is walked again from every value in it, not only
        # from its start (about 5 * 10^9 steps for a run of 10^5 values).
        values = set(nums)
        best = 0
        for x in values:
            y = x
            while y + 1 in values:
                y += 1
            best = max(best, y - x + 1)
        return best
