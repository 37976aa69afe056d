class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        # Scan the cells; each land cell not yet visited starts a new island, which a
        # stack-based flood fill measures while turning its cells into water. O(m n).
        m, n = len(grid), len(grid[0])
        best = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 1:
                    continue
                grid[r][c] = 0
                stack = [(r, c)]
                area = 0
                while stack:
                    i, j = stack.pop()
                    area += 1
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                            grid[a][b] = 0
                            stack.append((a, b))
                best = max(best, area)
        return best
