class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        # Wrong: also walks to the four diagonal neighbours, so islands that only touch at a
        # corner are measured as one.
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
                    for a in (i - 1, i, i + 1):
                        for b in (j - 1, j, j + 1):
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                                grid[a][b] = 0
                                stack.append((a, b))
                best = max(best, area)
        return best
