class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # Wrong: climbs back from the oceans only to strictly higher squares, as if water
        # could not cross flat ground. Rain runs to squares of equal height too.
        m, n = len(heights), len(heights[0])

        def climb(starts):
            seen = [[False] * n for _ in range(m)]
            stack = []
            for r, c in starts:
                if not seen[r][c]:
                    seen[r][c] = True
                    stack.append((r, c))
            while stack:
                r, c = stack.pop()
                for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= a < m and 0 <= b < n and not seen[a][b] and heights[a][b] > heights[r][c]:
                        seen[a][b] = True
                        stack.append((a, b))
            return seen

        pacific = climb([(0, c) for c in range(n)] + [(r, 0) for r in range(m)])
        atlantic = climb([(m - 1, c) for c in range(n)] + [(r, n - 1) for r in range(m)])
        return [[r, c] for r in range(m) for c in range(n) if pacific[r][c] and atlantic[r][c]]
