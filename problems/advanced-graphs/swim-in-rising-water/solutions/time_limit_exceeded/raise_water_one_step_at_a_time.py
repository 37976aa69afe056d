class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # Correct: raises the water one unit at a time and floods from scratch each time,
        # O(n^4) when the answer is near n^2.
        n = len(grid)
        for t in range(grid[0][0], n * n):
            seen = [[False] * n for _ in range(n)]
            seen[0][0] = True
            queue = collections.deque([(0, 0)])
            while queue:
                r, c = queue.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc] and grid[nr][nc] <= t:
                        seen[nr][nc] = True
                        queue.append((nr, nc))
            if seen[n - 1][n - 1]:
                return t
        return n * n - 1
