class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # cost[i][j]: the steps that turn word1[:i] into word2[:j]. Equal last characters
        # cost nothing more (cost[i-1][j-1]); otherwise the last step is a replacement
        # (cost[i-1][j-1]), a deletion (cost[i-1][j]) or an insertion (cost[i][j-1]), plus one.
        # Row i needs only row i - 1. O(n m) time, O(m) space.
        prev = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            cur = [i]
            left = i
            for j, b in enumerate(word2):
                diag = prev[j]
                if a == b:
                    left = diag
                else:
                    up = prev[j + 1]
                    if up < diag:
                        diag = up
                    if left < diag:
                        diag = left
                    left = diag + 1
                cur.append(left)
            prev = cur
        return prev[-1]
