class Solution:
    # The textbook top-down recursion with @cache over (i, j): a million cached states at
    # n = m = 1000, about 1.8 s of CPU and 700 MB here, hence the 4 s and 1 GiB limits.
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        @cache
        def dfs(i, j):
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + dfs(i + 1, j + 1)
            return max(dfs(i + 1, j), dfs(i, j + 1))
        return dfs(0, 0)
