class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # The right recurrence without remembering results: on a mismatch both branches are
        # explored again and again, about 2^(n + m) calls when few characters match.
        def best(i, j):
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + best(i + 1, j + 1)
            return max(best(i + 1, j), best(i, j + 1))

        return best(0, 0)
