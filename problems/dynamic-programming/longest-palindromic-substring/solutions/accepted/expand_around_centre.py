class Solution:
    # Every palindrome has a centre: a character (odd length) or the gap between two
    # characters (even length). Grow outwards from each of the 2n - 1 centres while the two
    # ends match, and keep the widest. O(n^2) time, O(1) extra space.
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best_lo, best_hi = 0, 0  # s[best_lo:best_hi + 1]
        for centre in range(2 * n - 1):
            lo, hi = centre // 2, (centre + 1) // 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            # The last matching pair was lo + 1, hi - 1.
            if hi - lo - 2 > best_hi - best_lo:
                best_lo, best_hi = lo + 1, hi - 1
        return s[best_lo:best_hi + 1]
