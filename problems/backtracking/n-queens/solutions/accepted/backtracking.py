class Solution:
    # One queen per row: try each column that no earlier queen covers, by column or by either
    # diagonal (squares on one diagonal share r - c, on the other r + c).
    def solveNQueens(self, n: int) -> List[List[str]]:
        out = []
        cols = []
        used_cols, down, up = set(), set(), set()

        def place(r):
            if r == n:
                out.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
                return
            for c in range(n):
                if c in used_cols or r - c in down or r + c in up:
                    continue
                used_cols.add(c)
                down.add(r - c)
                up.add(r + c)
                cols.append(c)
                place(r + 1)
                cols.pop()
                used_cols.remove(c)
                down.remove(r - c)
                up.remove(r + c)

        place(0)
        return out
