class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # The routes into a cell come either from the cell above or from the cell to its
        # left, so ways[r][c] = ways[r - 1][c] + ways[r][c - 1], with 1 along the top row and
        # the left column. Only the previous row is needed: keep one row and update it in
        # place, left to right. O(m n) time, O(n) space.
        row = [1] * n
        for _ in range(1, m):
            for c in range(1, n):
                row[c] += row[c - 1]
        return row[-1]
