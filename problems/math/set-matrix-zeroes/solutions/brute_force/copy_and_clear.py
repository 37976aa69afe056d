class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        # Looks for zeros in an untouched copy and clears a full row and column for each:
        # O(m * n * (m + n)) time and O(m * n) extra memory.
        m, n = len(matrix), len(matrix[0])
        original = [row[:] for row in matrix]
        for i in range(m):
            for j in range(n):
                if original[i][j] == 0:
                    for c in range(n):
                        matrix[i][c] = 0
                    for r in range(m):
                        matrix[r][j] = 0
