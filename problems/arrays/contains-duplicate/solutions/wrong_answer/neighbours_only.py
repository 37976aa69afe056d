class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Bug: only neighbours are compared, without sorting first, so repeats that are
        # apart from each other go unnoticed.
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1]:
                return True
        return False
