class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Play the minutes out literally: each minute, build the next grid from the current
        # one. Stop when nothing changes; then any fresh orange left means -1.
        m, n = len(grid), len(grid[0])
        minutes = 0
        while True:
            nxt = [row[:] for row in grid]
            changed = False
            for r in range(m):
                for c in range(n):
                    if grid[r][c] != 1:
                        continue
                    for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 2:
                            nxt[r][c] = 2
                            changed = True
                            break
            if not changed:
                break
            grid = nxt
            minutes += 1
        if any(cell == 1 for row in grid for cell in row):
            return -1
        return minutes
