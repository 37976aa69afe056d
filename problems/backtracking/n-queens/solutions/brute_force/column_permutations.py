class Solution:
    # Queens in different rows and columns are a permutation of the columns: try all n! of
    # them and keep those where no two queens share a diagonal.
    def solveNQueens(self, n: int) -> List[List[str]]:
        out = []
        for cols in itertools.permutations(range(n)):
            if len({r - c for r, c in enumerate(cols)}) == n and len({r + c for r, c in enumerate(cols)}) == n:
                out.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
        return out
