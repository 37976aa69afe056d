class Solution:
    # Correct but O(n^3): checks every substring character by character. On a string with
    # many palindromes (all one letter) every check runs to the middle.
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best_start, best_len = 0, 1
        for i in range(n):
            for j in range(i, n):
                lo, hi = i, j
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi and j - i + 1 > best_len:
                    best_start, best_len = i, j - i + 1
        return s[best_start:best_start + best_len]
