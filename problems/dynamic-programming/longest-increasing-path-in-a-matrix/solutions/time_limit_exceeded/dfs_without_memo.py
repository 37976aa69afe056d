class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Correct: from every cell, search every increasing path and keep the longest. Nothing
        # is remembered, so a path through all m n cells is walked again from each of its
        # cells: O((m n)^2) on a snake, worse where paths branch and meet.
        m, n = len(matrix), len(matrix[0])

        def longest(r, c):
            best = 1
            for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= a < m and 0 <= b < n and matrix[a][b] > matrix[r][c]:
                    best = max(best, 1 + longest(a, b))
            return best

        return max(longest(r, c) for r in range(m) for c in range(n))
