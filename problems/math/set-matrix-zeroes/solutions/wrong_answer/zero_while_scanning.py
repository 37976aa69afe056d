class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        # Clears the row and column as soon as a zero is found, in the same scan: the zeros
        # it writes are met later in the scan and spread as if they had been there at first.
        m, n = len(matrix), len(matrix[0])
        for i in range(m):
            for j in range(n):
                if matrix[i][j] == 0:
                    for c in range(n):
                        matrix[i][c] = 0
                    for r in range(m):
                        matrix[r][j] = 0
                    break
