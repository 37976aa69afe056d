class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Bug: digits are dropped along with punctuation, so "0P" looks like "p".
        kept = [c.lower() for c in s if c.isalpha()]
        return kept == kept[::-1]
