class WordDictionary:
    # Bug: a '.' follows only the first child of the node instead of trying them all.
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for ch in word:
            if ch == ".":
                letters = [k for k in node if k != "$"]
                if not letters:
                    return False
                node = node[letters[0]]
            elif ch in node:
                node = node[ch]
            else:
                return False
        return "$" in node
