class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # The regions that survive are exactly those reachable from an "O" on the border.
        # Mark them from the border with one flood fill (an explicit stack: a region can be
        # tens of thousands of cells long), then turn every unmarked "O" into "X". O(m n).
        m, n = len(board), len(board[0])
        stack = [(r, c) for r in range(m) for c in (0, n - 1)]
        stack += [(r, c) for c in range(n) for r in (0, m - 1)]
        while stack:
            r, c = stack.pop()
            if 0 <= r < m and 0 <= c < n and board[r][c] == "O":
                board[r][c] = "#"
                stack.extend(((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
        for row in board:
            for c, cell in enumerate(row):
                row[c] = "O" if cell == "#" else "X"
