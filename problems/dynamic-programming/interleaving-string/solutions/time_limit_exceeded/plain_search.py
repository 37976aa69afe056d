class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        # Correct: when both strings offer the next character, try both. Nothing is
        # remembered, so on strings of one repeated letter the search follows every merge:
        # up to C(200, 100) of them before it can answer false.
        if len(s1) + len(s2) != len(s3):
            return False

        def can(i, j):
            if i == len(s1) and j == len(s2):
                return True
            k = i + j
            if i < len(s1) and s1[i] == s3[k] and can(i + 1, j):
                return True
            return j < len(s2) and s2[j] == s3[k] and can(i, j + 1)

        return can(0, 0)
