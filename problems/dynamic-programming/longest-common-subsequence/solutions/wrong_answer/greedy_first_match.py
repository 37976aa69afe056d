class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Greedy: walk text1 and match each character with its first occurrence in text2 after
        # the last match. An early match can use up text2 that later characters needed
        # ("zabc" and "abcz": matching the z first leaves nothing for "abc").
        pos = 0
        count = 0
        for c in text1:
            k = text2.find(c, pos)
            if k != -1:
                count += 1
                pos = k + 1
        return count
