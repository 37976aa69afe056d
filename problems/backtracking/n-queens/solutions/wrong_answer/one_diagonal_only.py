class Solution:
    # Bug: checks columns and the diagonals going up to the right (r + c) but forgets the
    # ones going down to the right (r - c), so queens on such a diagonal slip through.
    def solveNQueens(self, n: int) -> List[List[str]]:
        out = []
        cols = []
        used_cols, up = set(), set()

        def place(r):
            if r == n:
                out.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
                return
            for c in range(n):
                if c in used_cols or r + c in up:
                    continue
                used_cols.add(c)
                up.add(r + c)
                cols.append(c)
                place(r + 1)
                cols.pop()
                used_cols.remove(c)
                up.remove(r + c)

        place(0)
        return out
