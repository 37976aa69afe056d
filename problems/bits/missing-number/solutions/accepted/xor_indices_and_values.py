class Solution:
    # XOR together every number 0..n and every element: each present number meets its twin
    # and cancels, leaving the missing one. O(n) time, O(1) extra space.
    def missingNumber(self, nums: List[int]) -> int:
        result = len(nums)
        for i, x in enumerate(nums):
            result ^= i ^ x
        return result
