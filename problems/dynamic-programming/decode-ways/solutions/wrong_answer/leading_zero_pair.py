class Solution:
    # Bug: accepts any two digits whose value is 1 to 26 as a code, so "05" or "01" (a
    # leading zero) count as letters.
    def numDecodings(self, s: str) -> int:
        before, current = 0, 1
        for i in range(1, len(s) + 1):
            ways = current if s[i - 1] != "0" else 0
            if i >= 2 and 1 <= int(s[i - 2:i]) <= 26:
                ways += before
            before, current = current, ways
        return current
