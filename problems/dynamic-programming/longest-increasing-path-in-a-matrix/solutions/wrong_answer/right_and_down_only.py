class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Treats it like the grid-path tables: only steps right or down, filled from the
        # bottom-right corner. Misses every path that turns up or left.
        m, n = len(matrix), len(matrix[0])
        best = [[1] * n for _ in range(m)]
        for r in range(m - 1, -1, -1):
            for c in range(n - 1, -1, -1):
                if r + 1 < m and matrix[r + 1][c] > matrix[r][c]:
                    best[r][c] = max(best[r][c], best[r + 1][c] + 1)
                if c + 1 < n and matrix[r][c + 1] > matrix[r][c]:
                    best[r][c] = max(best[r][c], best[r][c + 1] + 1)
        return max(max(row) for row in best)
