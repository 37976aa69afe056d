class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        remaining = list(t)
        for ch in s:
            # list.remove scans from the front: O(n) per character, O(n^2) overall.
            try:
                remaining.remove(ch)
            except ValueError:
                return False
        return True
