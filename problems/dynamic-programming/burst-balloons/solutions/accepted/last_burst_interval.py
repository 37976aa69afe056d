class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Pad the row with a 1 at each end. best[l][r]: the most coins from bursting every
        # balloon strictly between l and r, with l and r still standing. Think of the LAST
        # balloon k burst in that gap: its neighbours are then l and r, and the balloons on
        # either side of it were burst independently: best[l][k] + v[l] v[k] v[r] + best[k][r].
        # Zeros are burst first for nothing, so they are dropped. Intervals by increasing
        # width; col[r][k] mirrors best[k][r] so both halves are read as rows.
        # O(n^3) time, O(n^2) space.
        v = [1] + [x for x in nums if x] + [1]
        n = len(v)
        best = [[0] * n for _ in range(n)]
        col = [[0] * n for _ in range(n)]
        for width in range(2, n):
            for l in range(n - width):
                r = l + width
                outer = v[l] * v[r]
                row, back = best[l], col[r]
                top = max([row[k] + back[k] + outer * v[k] for k in range(l + 1, r)])
                row[r] = top
                back[l] = top
        return best[0][n - 1]
