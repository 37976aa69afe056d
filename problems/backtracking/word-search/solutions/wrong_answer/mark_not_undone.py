class Solution:
    # Bug: a cell marked as part of the path is never given its letter back, so after a dead
    # end the cells it tried stay blocked for the other branches and starting cells.
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        last = len(word) - 1

        def search(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == last:
                return True
            board[r][c] = "#"
            return (
                (r > 0 and search(r - 1, c, i + 1))
                or (r + 1 < m and search(r + 1, c, i + 1))
                or (c > 0 and search(r, c - 1, i + 1))
                or (c + 1 < n and search(r, c + 1, i + 1))
            )

        return any(search(r, c, 0) for r in range(m) for c in range(n))
