class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Bug: only extends the longest run of equal letters by k, missing windows that
        # join several runs of the same letter across a few changed letters.
        longest = run = 1
        for i in range(1, len(s)):
            run = run + 1 if s[i] == s[i - 1] else 1
            longest = max(longest, run)
        return min(len(s), longest + k)
