class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m = len(s1)
        key = sorted(s1)
        return any(sorted(s2[i:i + m]) == key for i in range(len(s2) - m + 1))
