class Solution:
    def myPow(self, x: float, n: int) -> float:
        if n < 0:
            x, n = 1.0 / x, -n
        result = 1.0
        # Read n in binary: x holds x^(2^k) at bit k, and each set bit multiplies it in.
        while n:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
