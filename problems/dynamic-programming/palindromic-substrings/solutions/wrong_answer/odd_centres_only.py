class Solution:
    # Bug: grows only around single characters, so no palindrome of even length ("aa",
    # "abba") is counted.
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        count = 0
        for mid in range(n):
            lo, hi = mid, mid
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
