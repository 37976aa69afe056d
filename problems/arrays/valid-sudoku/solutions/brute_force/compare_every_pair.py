class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        cells = [(r, c, board[r][c]) for r in range(9) for c in range(9) if board[r][c] != "."]
        for i in range(len(cells)):
            for j in range(i + 1, len(cells)):
                r1, c1, d1 = cells[i]
                r2, c2, d2 = cells[j]
                if d1 != d2:
                    continue
                if r1 == r2 or c1 == c2 or (r1 // 3 == r2 // 3 and c1 // 3 == c2 // 3):
                    return False
        return True
