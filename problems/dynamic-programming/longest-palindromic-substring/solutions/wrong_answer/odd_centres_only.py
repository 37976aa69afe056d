class Solution:
    # Bug: grows only around single characters, so palindromes of even length ("abba")
    # are never found.
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best = s[0]
        for mid in range(n):
            lo, hi = mid, mid
            while lo - 1 >= 0 and hi + 1 < n and s[lo - 1] == s[hi + 1]:
                lo -= 1
                hi += 1
            if hi - lo + 1 > len(best):
                best = s[lo:hi + 1]
        return best
