class Solution:
    # Correct but n^n: every way of putting one queen in each row, checked only once the board
    # is full. 8^8 is about 17 million boards, 9^9 about 390 million.
    def solveNQueens(self, n: int) -> List[List[str]]:
        out = []
        for cols in itertools.product(range(n), repeat=n):
            ok = True
            for r1 in range(n):
                for r2 in range(r1 + 1, n):
                    if cols[r1] == cols[r2] or abs(cols[r1] - cols[r2]) == r2 - r1:
                        ok = False
                        break
                if not ok:
                    break
            if ok:
                out.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
        return out
