class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        # Greedy: take the next character from s1 whenever it fits, else from s2. When both
        # fit, choosing s1 can be the wrong choice, and there is no going back.
        if len(s1) + len(s2) != len(s3):
            return False
        i = j = 0
        for c in s3:
            if i < len(s1) and s1[i] == c:
                i += 1
            elif j < len(s2) and s2[j] == c:
                j += 1
            else:
                return False
        return True
