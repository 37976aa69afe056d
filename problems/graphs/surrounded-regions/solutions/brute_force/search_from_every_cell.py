class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # For every "O", search its whole region with a fresh visited set and remember
        # whether any cell of it is on the border; change the board only afterwards.
        m, n = len(board), len(board[0])
        captured = []
        for r in range(m):
            for c in range(n):
                if board[r][c] != "O":
                    continue
                seen = {(r, c)}
                todo = [(r, c)]
                free = False
                while todo:
                    i, j = todo.pop()
                    if i in (0, m - 1) or j in (0, n - 1):
                        free = True
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and board[a][b] == "O" and (a, b) not in seen:
                            seen.add((a, b))
                            todo.append((a, b))
                if not free:
                    captured.append((r, c))
        for r, c in captured:
            board[r][c] = "X"
