class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Forgets the second step: a transpose alone is a mirror image, not a turn.
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
