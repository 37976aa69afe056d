class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Correct: try all three operations at every mismatch. Nothing is remembered, so the
        # calls grow like 3^(n + m) when the words have little in common.
        n, m = len(word1), len(word2)

        def dist(i, j):
            if i == n:
                return m - j
            if j == m:
                return n - i
            if word1[i] == word2[j]:
                return dist(i + 1, j + 1)
            return 1 + min(dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1))

        return dist(0, 0)
