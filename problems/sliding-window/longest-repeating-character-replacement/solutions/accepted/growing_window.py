class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # The window never shrinks: it only slides when it would need more than k changes.
        # best_freq is the largest count of one letter seen in any window so far; the
        # window only has to grow when some letter beats it.
        counts = [0] * 26
        best_freq = 0
        left = 0
        for right in range(len(s)):
            c = ord(s[right]) - 65
            counts[c] += 1
            if counts[c] > best_freq:
                best_freq = counts[c]
            if right - left + 1 - best_freq > k:
                counts[ord(s[left]) - 65] -= 1
                left += 1
        return len(s) - left
