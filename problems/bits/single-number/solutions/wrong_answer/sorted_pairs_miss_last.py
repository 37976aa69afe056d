class Solution:
    # Bug: after sorting, the pairs are checked two by two, but when the lone value is the
    # largest (so it sits last, with no partner to compare against) the loop never finds it
    # and the fallback returns the wrong element.
    def singleNumber(self, nums: List[int]) -> int:
        nums = sorted(nums)
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[0]
