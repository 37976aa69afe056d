class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # From each square, follow the rain downhill to every square it can reach and note
        # which oceans those squares touch. O((m n)^2): fine for small grids only.
        m, n = len(heights), len(heights[0])
        answer = []
        for r in range(m):
            for c in range(n):
                seen = {(r, c)}
                todo = [(r, c)]
                pacific = atlantic = False
                while todo:
                    i, j = todo.pop()
                    if i == 0 or j == 0:
                        pacific = True
                    if i == m - 1 or j == n - 1:
                        atlantic = True
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if (0 <= a < m and 0 <= b < n and (a, b) not in seen
                                and heights[a][b] <= heights[i][j]):
                            seen.add((a, b))
                            todo.append((a, b))
                if pacific and atlantic:
                    answer.append([r, c])
        return answer
