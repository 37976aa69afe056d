class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # Correct: skip s[i] or use it when it matches t[j]. Nothing is remembered, so the
        # calls are at least as many as the spellings counted, and far more when most
        # branches fail late.
        n, m = len(s), len(t)

        def count(i, j):
            if j == m:
                return 1
            if n - i < m - j:
                return 0
            total = count(i + 1, j)
            if s[i] == t[j]:
                total += count(i + 1, j + 1)
            return total

        return count(0, 0)
