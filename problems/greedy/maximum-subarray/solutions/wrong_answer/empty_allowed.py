class Solution:
    # Bug: starts the best total at 0, as if the empty subarray were allowed, so an array of
    # negative numbers gets 0 instead of its largest element.
    def maxSubArray(self, nums: List[int]) -> int:
        best = current = 0
        for x in nums:
            current = max(0, current + x)
            best = max(best, current)
        return best
