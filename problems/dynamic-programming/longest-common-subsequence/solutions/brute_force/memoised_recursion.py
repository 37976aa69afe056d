class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # The recurrence on suffixes, top down: compare text1[i] with text2[j]; on a match
        # take both, else skip one character of either string and keep the better. Each pair
        # (i, j) is solved once (memo[i][j], -1 while unknown); slower than a table, but a
        # separate check of it.
        n, m = len(text1), len(text2)
        memo = [[-1] * m for _ in range(n)]

        def best(i, j):
            if i == n or j == m:
                return 0
            if memo[i][j] < 0:
                if text1[i] == text2[j]:
                    memo[i][j] = 1 + best(i + 1, j + 1)
                else:
                    memo[i][j] = max(best(i + 1, j), best(i, j + 1))
            return memo[i][j]

        return best(0, 0)
