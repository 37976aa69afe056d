class Solution:
    # Put every word in a trie (nested dicts, "$" marks the end of a word), then search the
    # board once from each cell, following only letters the trie allows. A found word is
    # taken out of the trie, and a branch left empty is cut off, so no path is explored for
    # words already found.
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
            word = node.pop("$", None)
            if word is not None:
                found.append(word)
            if node:
                board[r][c] = "#"  # in use on the current path
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
