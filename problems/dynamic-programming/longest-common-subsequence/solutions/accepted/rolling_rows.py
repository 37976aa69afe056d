class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # best[i][j] is the answer for the prefixes text1[:i] and text2[:j]. When their last
        # characters are equal they end a longest common subsequence together (1 + best[i-1][j-1]);
        # otherwise one of the two is unused (max of best[i-1][j] and best[i][j-1]). Only the
        # previous row is needed. O(n m) time, O(m) space.
        if len(text2) > len(text1):
            text1, text2 = text2, text1
        prev = [0] * (len(text2) + 1)
        for a in text1:
            cur = [0]
            for j, b in enumerate(text2):
                if a == b:
                    cur.append(prev[j] + 1)
                else:
                    up, left = prev[j + 1], cur[j]
                    cur.append(up if up > left else left)
            prev = cur
        return prev[-1]
