class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # Correct but too slow: from every "O" a breadth-first search looks for a way out to
        # the border, stopping as soon as it finds one. In a large shut-in region no search
        # finds one, so each covers the whole region: O((m n)^2).
        m, n = len(board), len(board[0])
        captured = []
        for r in range(m):
            for c in range(n):
                if board[r][c] != "O":
                    continue
                seen = [[False] * n for _ in range(m)]
                seen[r][c] = True
                queue = collections.deque([(r, c)])
                escapes = False
                while queue:
                    i, j = queue.popleft()
                    if i == 0 or j == 0 or i == m - 1 or j == n - 1:
                        escapes = True
                        break
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if board[a][b] == "O" and not seen[a][b]:
                            seen[a][b] = True
                            queue.append((a, b))
                if not escapes:
                    captured.append((r, c))
        for r, c in captured:
            board[r][c] = "X"
