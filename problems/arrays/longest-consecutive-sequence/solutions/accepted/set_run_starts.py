class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Only a value whose predecessor is absent starts a run; walk each run once from its
        # start, so every value is visited O(1) times: O(n).
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 in values:
                continue
            y = x
            while y + 1 in values:
                y += 1
            best = max(best, y - x + 1)
        return best
