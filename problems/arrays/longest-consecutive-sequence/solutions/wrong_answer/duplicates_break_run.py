class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # Bug: sorts without removing duplicates, so a repeated value inside a run starts
        # the count again.
        if not nums:
            return 0
        s = sorted(nums)
        best = run = 1
        for i in range(1, len(s)):
            run = run + 1 if s[i] == s[i - 1] + 1 else 1
            best = max(best, run)
        return best
