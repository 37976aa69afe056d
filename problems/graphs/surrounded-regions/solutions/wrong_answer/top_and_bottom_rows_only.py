class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # Wrong: starts the flood fill from the first and last rows only, so a region that
        # reaches the border only through the first or last column is captured anyway.
        m, n = len(board), len(board[0])
        stack = [(r, c) for c in range(n) for r in (0, m - 1)]
        while stack:
            r, c = stack.pop()
            if 0 <= r < m and 0 <= c < n and board[r][c] == "O":
                board[r][c] = "#"
                stack.extend(((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
        for row in board:
            for c, cell in enumerate(row):
                row[c] = "O" if cell == "#" else "X"
