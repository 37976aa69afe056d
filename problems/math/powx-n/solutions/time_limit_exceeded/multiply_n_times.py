class Solution:
    def myPow(self, x: float, n: int) -> float:
        # Multiplies x into the product |n| times: correct, but up to two billion steps.
        if n < 0:
            x, n = 1.0 / x, -n
        result = 1.0
        for _ in range(n):
            result *= x
        return result
