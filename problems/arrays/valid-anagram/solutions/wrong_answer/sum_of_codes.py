class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # A cheap "fingerprint": equal lengths and equal sums of character codes.
        return len(s) == len(t) and sum(map(ord, s)) == sum(map(ord, t))
