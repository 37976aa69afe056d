class Solution:
    # Precompute which substrings are palindromes (s[i..j] is one when its ends match and
    # s[i+1..j-1] is one), then cut off a palindromic prefix and partition the rest.
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
        out = []
        pieces = []

        def cut(start):
            if start == n:
                out.append(pieces[:])
                return
            for end in range(start, n):
                if pal[start][end]:
                    pieces.append(s[start:end + 1])
                    cut(end + 1)
                    pieces.pop()

        cut(0)
        return out
