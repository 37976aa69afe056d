class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # Bug: zeros are left out of the total, so with two or more zeros each zero's answer
        # is the product of the non-zero elements instead of 0.
        total = 1
        zeros = 0
        for x in nums:
            if x == 0:
                zeros += 1
            else:
                total *= x
        return [total if x == 0 else (0 if zeros else total // x) for x in nums]
