class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # From every start, grow the window until it needs more than k changes:
        # O(n * answer), which is O(n^2) when k is large.
        n = len(s)
        best = 0
        for i in range(n):
            counts = [0] * 26
            top = 0
            j = i
            while j < n:
                c = ord(s[j]) - 65
                counts[c] += 1
                if counts[c] > top:
                    top = counts[c]
                if j - i + 1 - top > k:
                    break
                j += 1
            best = max(best, j - i)
        return best
