class Solution:
    # Move the digits one by one from the end of |x| to the end of the result, and before
    # each step check that rev * 10 + digit stays within the 32-bit limit for the sign.
    def reverse(self, x: int) -> int:
        limit = 2**31 - 1 if x >= 0 else 2**31
        sign = 1 if x >= 0 else -1
        x = abs(x)
        rev = 0
        while x:
            digit = x % 10
            x //= 10
            if rev > (limit - digit) // 10:
                return 0
            rev = rev * 10 + digit
        return sign * rev
