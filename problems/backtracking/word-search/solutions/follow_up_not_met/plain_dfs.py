class Solution:
    # Plain backtracking from every cell, with no pruning: fine on the boards of the main
    # constraints, but on a larger board full of one letter it explores every path.
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
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
