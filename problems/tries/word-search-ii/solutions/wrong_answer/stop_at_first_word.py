class Solution:
    # Bug: the search stops going deeper as soon as it completes a word, so a word that
    # extends a found one along the same path ("app", then "apple") can be missed.
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        m, n = len(board), len(board[0])
        found = []

        def search(r, c, parent):
            ch = board[r][c]
            node = parent[ch]
            if "$" in node:
                found.append(node.pop("$"))
            elif node:
                board[r][c] = "#"
                if r > 0 and board[r - 1][c] in node:
                    search(r - 1, c, node)
                if r + 1 < m and board[r + 1][c] in node:
                    search(r + 1, c, node)
                if c > 0 and board[r][c - 1] in node:
                    search(r, c - 1, node)
                if c + 1 < n and board[r][c + 1] in node:
                    search(r, c + 1, node)
                board[r][c] = ch
            if not node:
                del parent[ch]

        for r in range(m):
            for c in range(n):
                if board[r][c] in root:
                    search(r, c, root)
        return found
