class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # Correct but too slow: a fresh downhill search from every square, stopping as soon
        # as both oceans are reached. On a flat island each search still covers a large part
        # of the grid before it reaches the far ocean: O((m n)^2).
        m, n = len(heights), len(heights[0])
        answer = []
        for r in range(m):
            for c in range(n):
                seen = [[False] * n for _ in range(m)]
                seen[r][c] = True
                queue = collections.deque([(r, c)])
                pacific = atlantic = False
                while queue and not (pacific and atlantic):
                    i, j = queue.popleft()
                    if i == 0 or j == 0:
                        pacific = True
                    if i == m - 1 or j == n - 1:
                        atlantic = True
                    h = heights[i][j]
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and not seen[a][b] and heights[a][b] <= h:
                            seen[a][b] = True
                            queue.append((a, b))
                if pacific and atlantic:
                    answer.append([r, c])
        return answer
