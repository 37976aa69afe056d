class Solution:
    # Read off the strings along every path of the board, abandoning a path once its string
    # is no beginning of any word (a set of all prefixes), and keep the words among them.
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        prefixes = {w[:i] for w in words for i in range(1, len(w) + 1)}
        m, n = len(board), len(board[0])
        seen = set()
        traced = set()

        def walk(r, c, text):
            text += board[r][c]
            if text not in prefixes:
                return
            traced.add(text)
            seen.add((r, c))
            for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= rr < m and 0 <= cc < n and (rr, cc) not in seen:
                    walk(rr, cc, text)
            seen.discard((r, c))

        for r in range(m):
            for c in range(n):
                walk(r, c, "")
        return [w for w in words if w in traced]
