class Solution:
    # Compare every substring with its reverse. O(n^3).
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        count = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    count += 1
        return count
