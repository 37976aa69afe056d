class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Too slow: keeps the visited cells in a list, so every "seen before?" check scans
        # the whole list. O((m n)^2) on a grid full of land.
        m, n = len(grid), len(grid[0])
        visited = []
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1" or (r, c) in visited:
                    continue
                islands += 1
                visited.append((r, c))
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1" and (a, b) not in visited:
                            visited.append((a, b))
                            stack.append((a, b))
        return islands
