class Solution:
    # The textbook backtracking a LeetCode user writes, kept here so the main limit never
    # rejects it again: from every cell, a depth-first search that checks bounds, the letter
    # and a set of the cells on the current path at the top of each call, adds the cell, tries
    # the four neighbours and takes the cell out again. No pruning, so it misses the follow-up.
    # Its slowest main case, all-same-missing-last-letter (the worst board the constraints
    # allow), took 0.8 to 2.3 s of CPU here: the main limit is 5 s, twice the slowest.
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        path = set()

        def dfs(r, c, i):
            if i == len(word):
                return True
            if (r < 0 or c < 0 or r >= rows or c >= cols
                    or word[i] != board[r][c] or (r, c) in path):
                return False
            path.add((r, c))
            res = (dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1)
                   or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1))
            path.remove((r, c))
            return res

        for r in range(rows):
            for c in range(cols):
                if dfs(r, c, 0):
                    return True
        return False
