class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        # Four-way swaps ring by ring, but each ring stops one cell short
        # (range(first, last - 1) instead of range(first, last)).
        n = len(matrix)
        for layer in range(n // 2):
            first, last = layer, n - 1 - layer
            for i in range(first, last - 1):
                off = i - first
                top = matrix[first][i]
                matrix[first][i] = matrix[last - off][first]
                matrix[last - off][first] = matrix[last][last - off]
                matrix[last][last - off] = matrix[i][last]
                matrix[i][last] = top
