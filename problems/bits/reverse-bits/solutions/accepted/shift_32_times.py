class Solution:
    # Take the bits of n from the lowest up and push them into the result from the lowest
    # up: after 32 steps the first bit taken has travelled to the top.
    def reverseBits(self, n: int) -> int:
        result = 0
        for _ in range(32):
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
