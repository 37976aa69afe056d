class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Try every length from the longest down and test every window of it:
        # about n^2 windows of up to n characters each.
        n = len(s)
        for length in range(n, 0, -1):
            for i in range(n - length + 1):
                if len(set(s[i:i + length])) == length:
                    return length
        return 0
