class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # dist(i, j): the steps that turn word1[i:] into word2[j:]. Match equal first
        # characters for free; otherwise try replacing, deleting and inserting. Remembered in
        # a table, recursive.
        n, m = len(word1), len(word2)
        memo = [[-1] * (m + 1) for _ in range(n + 1)]

        def dist(i, j):
            if i == n:
                return m - j
            if j == m:
                return n - i
            if memo[i][j] < 0:
                if word1[i] == word2[j]:
                    memo[i][j] = dist(i + 1, j + 1)
                else:
                    memo[i][j] = 1 + min(dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1))
            return memo[i][j]

        return dist(0, 0)
