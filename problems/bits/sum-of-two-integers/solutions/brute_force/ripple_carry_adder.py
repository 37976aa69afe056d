class Solution:
    # A 32-bit ripple-carry adder: add bit by bit from the lowest, carrying as on paper.
    def getSum(self, a: int, b: int) -> int:
        result = 0
        carry = 0
        for i in range(32):
            x = (a >> i) & 1
            y = (b >> i) & 1
            result |= (x ^ y ^ carry) << i
            carry = (x & y) | (x & carry) | (y & carry)
        if result >> 31:
            result = ~(result ^ 0xFFFFFFFF)
        return result
