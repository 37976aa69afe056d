class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Scan the cells; each unvisited land cell starts a new island, which a breadth-first
        # search then floods (marking its cells as water) so it is counted once. O(m n).
        m, n = len(grid), len(grid[0])
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1":
                    continue
                islands += 1
                grid[r][c] = "0"
                queue = collections.deque([(r, c)])
                while queue:
                    i, j = queue.popleft()
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1":
                            grid[a][b] = "0"
                            queue.append((a, b))
        return islands
