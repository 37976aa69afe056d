class Solution:
    # The carry loop without a mask. Right for two non-negative numbers, but Python ints
    # have no 32-bit limit: with a negative operand the carry can move left for ever
    # (-1 + 1: the carry goes 2, 4, 8, ... and never drops off), so the loop never ends.
    def getSum(self, a: int, b: int) -> int:
        while b:
            a, b = a ^ b, (a & b) << 1
        return a
