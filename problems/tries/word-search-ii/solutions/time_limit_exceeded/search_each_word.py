class Solution:
    # Correct, but runs a separate board search (word-search I) for every word, from every
    # cell: words that share a prefix explore the same paths again and again.
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        m, n = len(board), len(board[0])

        def trace(r, c, w, i):
            if board[r][c] != w[i]:
                return False
            if i == len(w) - 1:
                return True
            ch = board[r][c]
            board[r][c] = "#"
            ok = (
                (r > 0 and trace(r - 1, c, w, i + 1))
                or (r + 1 < m and trace(r + 1, c, w, i + 1))
                or (c > 0 and trace(r, c - 1, w, i + 1))
                or (c + 1 < n and trace(r, c + 1, w, i + 1))
            )
            board[r][c] = ch
            return ok

        return [w for w in words if any(trace(r, c, w, 0) for r in range(m) for c in range(n))]
