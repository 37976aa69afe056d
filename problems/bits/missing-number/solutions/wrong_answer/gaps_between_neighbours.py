class Solution:
    # Bug: after sorting, it looks for a gap between neighbours and falls back to n, but it
    # never checks the front, so when 0 is the missing number it answers n.
    def missingNumber(self, nums: List[int]) -> int:
        nums = sorted(nums)
        for i in range(1, len(nums)):
            if nums[i] != nums[i - 1] + 1:
                return nums[i - 1] + 1
        return len(nums)
