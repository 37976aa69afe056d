class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # For t = 0, 1, 2, ...: flood-fill from the start through cells of height <= t.
        n = len(grid)
        t = 0
        while True:
            if grid[0][0] <= t:
                seen = {(0, 0)}
                stack = [(0, 0)]
                while stack:
                    r, c = stack.pop()
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen and grid[nr][nc] <= t:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                if (n - 1, n - 1) in seen:
                    return t
            t += 1
