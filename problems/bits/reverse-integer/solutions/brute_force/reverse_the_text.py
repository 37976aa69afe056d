class Solution:
    # Reverse the decimal text of |x|, read it back, put the sign back, check the range.
    def reverse(self, x: int) -> int:
        rev = int(str(abs(x))[::-1])
        if x < 0:
            rev = -rev
        if rev < -(2**31) or rev > 2**31 - 1:
            return 0
        return rev
