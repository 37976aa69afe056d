class Solution:
    # x ^ x == 0 and x ^ 0 == x, and XOR does not care about order: the two copies of every
    # paired value cancel out, and what is left is the lone value.
    def singleNumber(self, nums: List[int]) -> int:
        result = 0
        for x in nums:
            result ^= x
        return result
