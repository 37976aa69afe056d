class Solution:
    # Bug: never checks the 32-bit range, so a reversed value that does not fit (reversing
    # 1999999999 gives 9999999991) is returned instead of 0.
    def reverse(self, x: int) -> int:
        sign = 1 if x >= 0 else -1
        x = abs(x)
        rev = 0
        while x:
            rev = rev * 10 + x % 10
            x //= 10
        return sign * rev
