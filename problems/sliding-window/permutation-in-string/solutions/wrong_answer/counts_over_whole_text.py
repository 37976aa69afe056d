class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # Bug: checks that s2 has enough of every letter somewhere, ignoring that the
        # letters must sit together in one window.
        return all(s2.count(c) >= s1.count(c) for c in set(s1))
