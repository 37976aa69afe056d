class Solution:
    # Kadane: the best subarray ending at i either extends the best one ending at i - 1 or
    # starts afresh at i, whichever is larger.
    def maxSubArray(self, nums: List[int]) -> int:
        best = current = nums[0]
        for x in nums[1:]:
            current = x if current < 0 else current + x
            if current > best:
                best = current
        return best
