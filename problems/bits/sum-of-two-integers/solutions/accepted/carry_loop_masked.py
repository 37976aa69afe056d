class Solution:
    # a ^ b is the sum without carries and (a & b) << 1 the carries; repeat until no carry
    # is left. Python ints are unbounded, so everything is kept to 32 bits with MASK and the
    # final pattern is read back as a signed 32-bit number.
    def getSum(self, a: int, b: int) -> int:
        MASK = 0xFFFFFFFF
        a &= MASK
        b &= MASK
        while b:
            a, b = (a ^ b) & MASK, ((a & b) << 1) & MASK
        return a if a <= 0x7FFFFFFF else ~(a ^ MASK)
