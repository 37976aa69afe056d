class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Breadth-first search started from every rotten orange at once: the search's levels
        # are the minutes. Count the fresh oranges so we know whether any are left over.
        m, n = len(grid), len(grid[0])
        queue = collections.deque()
        fresh = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] == 2:
                    queue.append((r, c))
                elif grid[r][c] == 1:
                    fresh += 1
        minutes = 0
        while queue and fresh:
            minutes += 1
            for _ in range(len(queue)):
                r, c = queue.popleft()
                for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 2
                        fresh -= 1
                        queue.append((a, b))
        return minutes if fresh == 0 else -1
