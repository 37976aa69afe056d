class Solution:
    # Each palindrome has one centre (a character or a gap between two). From every centre,
    # each step outwards that still matches is one more palindrome. O(n^2) time, O(1) space.
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        count = 0
        for centre in range(2 * n - 1):
            lo, hi = centre // 2, (centre + 1) // 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                count += 1
                lo -= 1
                hi += 1
        return count
