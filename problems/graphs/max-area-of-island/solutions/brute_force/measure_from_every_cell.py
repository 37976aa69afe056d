class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        # From every land cell, count the cells it can reach with a fresh visited set, and
        # keep the largest count. Each island is measured once per cell it has: slow, simple.
        m, n = len(grid), len(grid[0])
        best = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 1:
                    continue
                seen = {(r, c)}
                todo = [(r, c)]
                while todo:
                    i, j = todo.pop()
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in seen:
                            seen.add((a, b))
                            todo.append((a, b))
                best = max(best, len(seen))
        return best
