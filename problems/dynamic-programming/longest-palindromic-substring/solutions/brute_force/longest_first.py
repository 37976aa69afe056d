class Solution:
    # Try every length from the longest down, and every start, until a substring equals its
    # own reverse. O(n^3) in the worst case.
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        for length in range(n, 0, -1):
            for start in range(n - length + 1):
                piece = s[start:start + length]
                if piece == piece[::-1]:
                    return piece
        return ""
