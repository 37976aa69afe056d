class Trie:
    # Bug: startsWith looks for a strictly longer word, so a prefix equal to an inserted
    # word (with nothing longer) gives false.
    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def _walk(self, s):
        node = self.root
        for ch in s:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and "$" in node

    def startsWith(self, prefix: str) -> bool:
        node = self._walk(prefix)
        return node is not None and any(k != "$" for k in node)
