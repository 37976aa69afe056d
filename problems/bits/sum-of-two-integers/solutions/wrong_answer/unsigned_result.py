class Solution:
    # Bug: masks to 32 bits as it should, but returns the 32-bit pattern as it is, so a
    # negative sum comes back as a large positive number (-1 as 4294967295).
    def getSum(self, a: int, b: int) -> int:
        MASK = 0xFFFFFFFF
        a &= MASK
        b &= MASK
        while b:
            a, b = (a ^ b) & MASK, ((a & b) << 1) & MASK
        return a
