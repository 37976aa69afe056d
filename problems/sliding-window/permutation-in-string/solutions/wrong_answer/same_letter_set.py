class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Bug: compares which letters occur in each window, not how many times.
        m = len(s1)
        letters = set(s1)
        return any(set(s2[i:i + m]) == letters for i in range(len(s2) - m + 1))
