class Solution:
    # Depth-first search from every cell, marking the cells of the current path. Two checks
    # before it: the board must hold every letter of the word often enough, and the search
    # starts from whichever end of the word is rarer on the board (a path read backwards is
    # still a path), so a common first letter does not seed a search from almost every cell.
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        if len(word) > m * n:
            return False
        on_board = collections.Counter(ch for row in board for ch in row)
        need = collections.Counter(word)
        if any(on_board[ch] < k for ch, k in need.items()):
            return False
        if on_board[word[0]] > on_board[word[-1]]:
            word = word[::-1]
        last = len(word) - 1

        def search(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == last:
                return True
            board[r][c] = "#"
            found = (
                (r > 0 and search(r - 1, c, i + 1))
                or (r + 1 < m and search(r + 1, c, i + 1))
                or (c > 0 and search(r, c - 1, i + 1))
                or (c + 1 < n and search(r, c + 1, i + 1))
            )
            board[r][c] = word[i]
            return found

        return any(search(r, c, 0) for r in range(m) for c in range(n))
