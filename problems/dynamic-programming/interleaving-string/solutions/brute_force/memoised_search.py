class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        # Search over how much of each string is used so far, trying s1's next character and
        # then s2's; a failed (i, j) is remembered so it is never searched twice.
        if len(s1) + len(s2) != len(s3):
            return False
        failed = set()

        def can(i, j):
            if i == len(s1) and j == len(s2):
                return True
            if (i, j) in failed:
                return False
            k = i + j
            if i < len(s1) and s1[i] == s3[k] and can(i + 1, j):
                return True
            if j < len(s2) and s2[j] == s3[k] and can(i, j + 1):
                return True
            failed.add((i, j))
            return False

        return can(0, 0)
