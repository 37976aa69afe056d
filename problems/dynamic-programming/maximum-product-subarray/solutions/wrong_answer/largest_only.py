class Solution:
    # Bug: Kadane's idea carried over from sums, keeping only the largest product ending
    # here; a negative run that a later negative number would flip to positive is lost.
    def maxProduct(self, nums: List[int]) -> int:
        best = high = nums[0]
        for x in nums[1:]:
            high = max(x, high * x)
            best = max(best, high)
        return best
