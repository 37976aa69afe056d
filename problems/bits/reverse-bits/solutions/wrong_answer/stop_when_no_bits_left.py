class Solution:
    # Bug: stops as soon as n has no set bits left, so the zeros above the highest set bit
    # of n are never shifted in and the result ends up too low (reversing 1 gives 1).
    def reverseBits(self, n: int) -> int:
        result = 0
        while n:
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
