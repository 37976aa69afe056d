class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Fast for the 26 lowercase letters, but blind to every other character.
        if len(s) != len(t):
            return False
        for ch in "abcdefghijklmnopqrstuvwxyz":
            if s.count(ch) != t.count(ch):
                return False
        return True
