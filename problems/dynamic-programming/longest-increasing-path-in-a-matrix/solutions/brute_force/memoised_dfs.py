class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # longest(r, c): the longest increasing path starting at (r, c) is 1 plus the best
        # over its larger neighbours. Remembered per cell, recursive.
        m, n = len(matrix), len(matrix[0])
        memo = {}

        def longest(r, c):
            if (r, c) not in memo:
                best = 1
                for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= a < m and 0 <= b < n and matrix[a][b] > matrix[r][c]:
                        best = max(best, 1 + longest(a, b))
                memo[(r, c)] = best
            return memo[(r, c)]

        return max(longest(r, c) for r in range(m) for c in range(n))
