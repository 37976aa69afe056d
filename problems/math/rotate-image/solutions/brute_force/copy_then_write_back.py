class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        turned = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(n):
                turned[j][n - 1 - i] = matrix[i][j]
        for i in range(n):
            for j in range(n):
                matrix[i][j] = turned[i][j]
