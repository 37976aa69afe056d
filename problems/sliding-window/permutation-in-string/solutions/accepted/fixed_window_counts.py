class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Slide a window of len(s1) over s2, keeping letter counts and the number of
        # letters whose counts agree with s1's.
        m, n = len(s1), len(s2)
        if m > n:
            return False
        need = [0] * 26
        have = [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        for c in s2[:m]:
            have[ord(c) - 97] += 1
        matches = sum(1 for i in range(26) if need[i] == have[i])
        for i in range(m, n):
            if matches == 26:
                return True
            a = ord(s2[i]) - 97
            have[a] += 1
            if have[a] == need[a]:
                matches += 1
            elif have[a] == need[a] + 1:
                matches -= 1
            b = ord(s2[i - m]) - 97
            have[b] -= 1
            if have[b] == need[b]:
                matches += 1
            elif have[b] == need[b] - 1:
                matches -= 1
        return matches == 26
