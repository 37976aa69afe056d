class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Wrong: counts every level of the search, including the last one, in which the
        # newest rotten oranges find nothing left to rot: one minute too many (and 1
        # instead of 0 when there are rotten oranges but nothing fresh).
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
        while queue:
            minutes += 1
            for _ in range(len(queue)):
                r, c = queue.popleft()
                for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 2
                        fresh -= 1
                        queue.append((a, b))
        return minutes if fresh == 0 else -1
