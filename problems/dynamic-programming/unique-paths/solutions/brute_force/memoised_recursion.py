class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # The definition, read backwards from the goal: the routes to (r, c) are the routes to
        # the cell above plus the routes to the cell on the left, and the start has one.
        # Each cell is worked out once (a dictionary remembers it). Written as a separate
        # check of the accepted table, not for speed (at most 198 calls deep).
        known = {}

        def ways(r, c):
            if r == 0 or c == 0:
                return 1
            key = (r, c)
            if key not in known:
                known[key] = ways(r - 1, c) + ways(r, c - 1)
            return known[key]

        return ways(m - 1, n - 1)
