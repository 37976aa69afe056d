class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Wrong: also joins cells that touch only at a corner. Islands connect through the
        # four sides of a cell only, so diagonal neighbours are separate islands.
        m, n = len(grid), len(grid[0])
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1":
                    continue
                islands += 1
                grid[r][c] = "0"
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            a, b = i + di, j + dj
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == "1":
                                grid[a][b] = "0"
                                stack.append((a, b))
        return islands
