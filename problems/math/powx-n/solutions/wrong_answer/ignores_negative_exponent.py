class Solution:
    def myPow(self, x: float, n: int) -> float:
        # Squares and multiplies over the bits of |n| but forgets to take the reciprocal
        # when n is negative.
        n = abs(n)
        result = 1.0
        while n:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
