class Solution:
    # Bug: the palindrome table is filled with i going up, so pal[i + 1][j - 1] is still
    # False when pal[i][j] reads it: palindromes of three letters or more ("aba") are missed.
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        pal = [[False] * n for _ in range(n)]
        for i in range(n):
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
