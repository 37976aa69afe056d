class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        # Run the water backwards: from every square on an ocean's edges, climb to
        # neighbours at least as high. The squares climbed from both oceans are the answer.
        # Two breadth-first searches over the grid: O(m n).
        m, n = len(heights), len(heights[0])

        def climb(starts):
            seen = [[False] * n for _ in range(m)]
            queue = collections.deque()
            for r, c in starts:
                if not seen[r][c]:
                    seen[r][c] = True
                    queue.append((r, c))
            while queue:
                r, c = queue.popleft()
                h = heights[r][c]
                for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= a < m and 0 <= b < n and not seen[a][b] and heights[a][b] >= h:
                        seen[a][b] = True
                        queue.append((a, b))
            return seen

        pacific = climb([(0, c) for c in range(n)] + [(r, 0) for r in range(m)])
        atlantic = climb([(m - 1, c) for c in range(n)] + [(r, n - 1) for r in range(m)])
        return [[r, c] for r in range(m) for c in range(n) if pacific[r][c] and atlantic[r][c]]
