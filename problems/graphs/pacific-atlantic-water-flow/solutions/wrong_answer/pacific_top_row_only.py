class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # Wrong: starts the Pacific search from the top row only and the Atlantic search from
        # the bottom row only, forgetting the left and right edges.
        m, n = len(heights), len(heights[0])

        def climb(starts):
            seen = [[False] * n for _ in range(m)]
            stack = list(starts)
            for r, c in starts:
                seen[r][c] = True
            while stack:
                r, c = stack.pop()
                for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= a < m and 0 <= b < n and not seen[a][b] and heights[a][b] >= heights[r][c]:
                        seen[a][b] = True
                        stack.append((a, b))
            return seen

        pacific = climb([(0, c) for c in range(n)])
        atlantic = climb([(m - 1, c) for c in range(n)])
        return [[r, c] for r in range(m) for c in range(n) if pacific[r][c] and atlantic[r][c]]
