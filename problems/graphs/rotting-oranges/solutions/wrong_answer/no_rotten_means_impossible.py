class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Wrong: returns -1 whenever no orange starts rotten, even when there is no fresh
        # orange either, in which case no time has to pass at all.
        m, n = len(grid), len(grid[0])
        queue = collections.deque((r, c) for r in range(m) for c in range(n) if grid[r][c] == 2)
        if not queue:
            return -1
        fresh = sum(row.count(1) for row in grid)
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
