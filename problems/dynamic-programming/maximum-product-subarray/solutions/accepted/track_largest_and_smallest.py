class Solution:
    # For the subarrays ending at each index, keep both the largest and the smallest
    # product: multiplying by a negative number swaps their roles. O(n) time, O(1) space.
    def maxProduct(self, nums: List[int]) -> int:
        best = high = low = nums[0]
        for x in nums[1:]:
            if x < 0:
                high, low = low, high
            high = max(x, high * x)
            low = min(x, low * x)
            if high > best:
                best = high
        return best
