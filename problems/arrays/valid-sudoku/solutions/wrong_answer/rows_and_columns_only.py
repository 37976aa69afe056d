class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        # Bug: the 3 x 3 boxes are never checked.
        for i in range(9):
            row = [d for d in board[i] if d != "."]
            col = [board[r][i] for r in range(9) if board[r][i] != "."]
            if len(row) != len(set(row)) or len(col) != len(set(col)):
                return False
        return True
