class Solution:
    def myPow(self, x: float, n: int) -> float:
        # The language's own power operator: the C library's pow, a different route to the
        # same number, used only to cross-check the expected answers.
        return x ** n
