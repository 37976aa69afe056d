class Solution:
    # ways(i) = the number of decodings of the first i digits. The last code is either one
    # digit (1-9) or two digits (10-26): ways(i) = [s[i-1] != '0'] * ways(i-1)
    # + [10 <= s[i-2:i] <= 26] * ways(i-2).
    def numDecodings(self, s: str) -> int:
        before, current = 0, 1  # ways(i - 1), ways(i), starting at i = 0
        for i in range(1, len(s) + 1):
            ways = current if s[i - 1] != "0" else 0
            if i >= 2 and (s[i - 2] == "1" or (s[i - 2] == "2" and s[i - 1] <= "6")):
                ways += before
            before, current = current, ways
        return current
