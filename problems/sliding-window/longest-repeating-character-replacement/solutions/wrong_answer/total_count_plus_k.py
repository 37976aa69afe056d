class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Bug: counts the most common letter over the whole string, as if its copies were
        # next to each other; the window must be contiguous.
        most = max(s.count(chr(65 + c)) for c in range(26))
        return min(len(s), most + k)
