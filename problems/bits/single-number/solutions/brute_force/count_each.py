class Solution:
    # Count the copies of every element; the one seen once is the answer.
    def singleNumber(self, nums: List[int]) -> int:
        for x in nums:
            if nums.count(x) == 1:
                return x
        return 0
