class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # ways[j]: the ways to spell t[:j] with the characters of s read so far. A new
        # character c of s extends every spelling of t[:j] into one of t[:j + 1] wherever
        # t[j] == c. Go through those j from right to left, so that c is used at most once
        # in each spelling. O(|s| |t|) time at worst, O(|t|) space.
        ways = [1] + [0] * len(t)
        where = {}
        for j in range(len(t) - 1, -1, -1):
            where.setdefault(t[j], []).append(j)
        for c in s:
            for j in where.get(c, ()):
                ways[j + 1] += ways[j]
        return ways[len(t)]
