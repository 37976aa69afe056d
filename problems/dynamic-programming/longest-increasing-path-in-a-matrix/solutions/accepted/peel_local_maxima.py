class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # The steps "to a larger neighbour" form a graph without cycles. Peel it in layers:
        # first every cell with no larger neighbour (a path can end only there), then the
        # cells whose larger neighbours have all been peeled, and so on. The number of layers
        # is the longest path. Each cell and edge is handled once: O(m n), with no recursion.
        m, n = len(matrix), len(matrix[0])
        larger = [[0] * n for _ in range(m)]
        steps = ((1, 0), (-1, 0), (0, 1), (0, -1))
        layer = []
        for r in range(m):
            for c in range(n):
                v = matrix[r][c]
                k = 0
                for dr, dc in steps:
                    a, b = r + dr, c + dc
                    if 0 <= a < m and 0 <= b < n and matrix[a][b] > v:
                        k += 1
                larger[r][c] = k
                if k == 0:
                    layer.append((r, c))
        depth = 0
        while layer:
            depth += 1
            nxt = []
            for r, c in layer:
                v = matrix[r][c]
                for dr, dc in steps:
                    a, b = r + dr, c + dc
                    if 0 <= a < m and 0 <= b < n and matrix[a][b] < v:
                        larger[a][b] -= 1
                        if larger[a][b] == 0:
                            nxt.append((a, b))
            layer = nxt
        return depth
