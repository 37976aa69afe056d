class Solution:
    # After house i, the best haul either skips house i (best up to i - 1) or takes it
    # (nums[i] plus the best up to i - 2). Two running values are enough.
    def rob(self, nums: List[int]) -> int:
        before, best = 0, 0  # best up to i - 2, best up to i - 1
        for money in nums:
            before, best = best, max(best, before + money)
        return best
