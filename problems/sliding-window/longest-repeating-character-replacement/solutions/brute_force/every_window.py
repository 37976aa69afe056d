class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Every window; it is fine when all but its most common letter can be replaced.
        n = len(s)
        best = 0
        for i in range(n):
            counts = {}
            for j in range(i, n):
                counts[s[j]] = counts.get(s[j], 0) + 1
                if (j - i + 1) - max(counts.values()) <= k:
                    best = max(best, j - i + 1)
        return best
