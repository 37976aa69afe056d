class Solution:
    # Try 0, 1, ..., n in turn and return the first one not in the array: O(n^2).
    def missingNumber(self, nums: List[int]) -> int:
        for candidate in range(len(nums) + 1):
            if candidate not in nums:
                return candidate
        return -1
