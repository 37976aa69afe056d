class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # What the statement asks not to do, kept as a cross-check: Python's integers have
        # no size limit.
        return str(int(num1) * int(num2))
