class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # Wrong: captures every "O" that is not itself on the border, missing that an inner
        # cell joined to a border cell through other "O" cells is part of a free region.
        m, n = len(board), len(board[0])
        for r in range(1, m - 1):
            for c in range(1, n - 1):
                board[r][c] = "X"
