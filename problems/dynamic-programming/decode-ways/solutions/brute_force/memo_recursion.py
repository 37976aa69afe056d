from functools import lru_cache


class Solution:
    # Top down: from position i, take a one-digit code or a two-digit code if it is one of
    # the 26 codes, written out as strings. Memoised so that n = 100 stays fast.
    def numDecodings(self, s: str) -> int:
        codes = {str(k) for k in range(1, 27)}

        @lru_cache(maxsize=None)
        def count(i: int) -> int:
            if i == len(s):
                return 1
            total = 0
            for width in (1, 2):
                if i + width <= len(s) and s[i:i + width] in codes:
                    total += count(i + width)
            return total

        return count(0)
