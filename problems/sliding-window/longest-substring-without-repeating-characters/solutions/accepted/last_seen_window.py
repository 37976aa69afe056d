class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Sliding window [left, i]; on a repeat, jump left past the earlier copy
        # (never backwards).
        last = {}
        left = 0
        best = 0
        for i, c in enumerate(s):
            j = last.get(c, -1)
            if j >= left:
                left = j + 1
            last[c] = i
            if i - left + 1 > best:
                best = i - left + 1
        return best
