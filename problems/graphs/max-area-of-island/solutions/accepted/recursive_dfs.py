class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        # Recursive depth-first search: the area of the island through (i, j) is 1 plus the
        # areas reached from its four neighbours, once each cell is marked as seen.
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]

        def area(i, j):
            if i < 0 or i >= m or j < 0 or j >= n or seen[i][j] or grid[i][j] == 0:
                return 0
            seen[i][j] = True
            return 1 + area(i + 1, j) + area(i - 1, j) + area(i, j + 1) + area(i, j - 1)

        return max(area(r, c) for r in range(m) for c in range(n))
