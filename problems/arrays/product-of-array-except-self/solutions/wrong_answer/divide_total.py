class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # Bug: divides the product of all elements by nums[i], and answers 0 where nums[i]
        # is 0. With exactly one zero, that zero's own answer should be the product of the
        # others, not 0.
        total = 1
        for x in nums:
            total *= x
        return [total // x if x != 0 else 0 for x in nums]
