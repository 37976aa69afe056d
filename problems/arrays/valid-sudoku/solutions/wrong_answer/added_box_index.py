class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        # Bug: the box number is r // 3 + c // 3, which gives different boxes the same
        # number (box (0, 1) and box (1, 0) are both 1), so valid boards can be refused.
        rows = [set() for _ in range(9)]
        cols = [set() for _ in range(9)]
        boxes = [set() for _ in range(9)]
        for r in range(9):
            for c in range(9):
                d = board[r][c]
                if d == ".":
                    continue
                b = r // 3 + c // 3
                if d in rows[r] or d in cols[c] or d in boxes[b]:
                    return False
                rows[r].add(d)
                cols[c].add(d)
                boxes[b].add(d)
        return True
