class Solution:
    # Correct but exponential: every decoding is walked one by one, with no memo, so the
    # number of calls grows with the answer (up to about 2 * 10^9).
    def numDecodings(self, s: str) -> int:
        n = len(s)

        def count(i: int) -> int:
            if i == n:
                return 1
            if s[i] == "0":
                return 0
            total = count(i + 1)
            if i + 1 < n and (s[i] == "1" or (s[i] == "2" and s[i + 1] <= "6")):
                total += count(i + 2)
            return total

        return count(0)
