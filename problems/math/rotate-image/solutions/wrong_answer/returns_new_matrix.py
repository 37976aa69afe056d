class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Builds the rotated grid correctly but only rebinds the local name:
        # the caller's matrix is never changed.
        n = len(matrix)
        matrix = [[matrix[n - 1 - j][i] for j in range(n)] for i in range(n)]
        return matrix
