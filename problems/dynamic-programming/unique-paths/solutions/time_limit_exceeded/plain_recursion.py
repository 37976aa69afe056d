class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Correct, but recounts every route one call at a time: the number of calls is about
        # the answer itself, up to two billion.
        def ways(r, c):
            if r == 0 or c == 0:
                return 1
            return ways(r - 1, c) + ways(r, c - 1)

        return ways(m - 1, n - 1)
