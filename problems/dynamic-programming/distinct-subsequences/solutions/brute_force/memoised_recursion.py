class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # count(i, j): the ways to spell t[j:] from s[i:]. Skip s[i], or, when it equals t[j],
        # also use it. Remembered in a table, recursive.
        n, m = len(s), len(t)
        memo = [[-1] * m for _ in range(n)]

        def count(i, j):
            if j == m:
                return 1
            if n - i < m - j:
                return 0
            if memo[i][j] < 0:
                total = count(i + 1, j)
                if s[i] == t[j]:
                    total += count(i + 1, j + 1)
                memo[i][j] = total
            return memo[i][j]

        return count(0, 0)
