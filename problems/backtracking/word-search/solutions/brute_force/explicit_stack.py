class Solution:
    # An explicit stack of partial paths, each with the set of cells it uses (copied at every
    # step). The same two checks as the reference keep the crafted boards small: every letter
    # must be on the board often enough, and the search starts from the rarer end.
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        letters = collections.Counter(ch for row in board for ch in row)
        if any(letters[ch] < k for ch, k in collections.Counter(word).items()):
            return False
        if letters[word[0]] > letters[word[-1]]:
            word = word[::-1]
        stack = [((r, c), frozenset([(r, c)])) for r in range(m) for c in range(n)
                 if board[r][c] == word[0]]
        while stack:
            (r, c), used = stack.pop()
            if len(used) == len(word):
                return True
            nxt = word[len(used)]
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < m and 0 <= cc < n and (rr, cc) not in used and board[rr][cc] == nxt:
                    stack.append(((rr, cc), used | {(rr, cc)}))
        return False
