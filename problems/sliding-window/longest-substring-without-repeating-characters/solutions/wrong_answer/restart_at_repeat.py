class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Bug: on a repeat, the window restarts at the repeated character, dropping the
        # characters between the two copies that could have been kept ("xyzx" style).
        seen = set()
        best = 0
        for c in s:
            if c in seen:
                seen = set()
            seen.add(c)
            best = max(best, len(seen))
        return best
