class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        # Wrong: a cell is marked as visited only when it is popped, and every pop is
        # counted. A cell pushed by two neighbours before it is popped counts twice, so any
        # island with a 2 x 2 block of land comes out too large.
        m, n = len(grid), len(grid[0])
        best = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 1:
                    continue
                stack = [(r, c)]
                area = 0
                while stack:
                    i, j = stack.pop()
                    grid[i][j] = 0
                    area += 1
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                            stack.append((a, b))
                best = max(best, area)
        return best
