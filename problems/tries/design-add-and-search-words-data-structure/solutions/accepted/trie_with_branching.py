class WordDictionary:
    # A trie of dicts ("$" marks a word's end). A letter follows one edge; a '.' tries
    # every child. With at most two dots a search explores few branches.
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        n = len(word)

        def find(node, i):
            while i < n:
                ch = word[i]
                if ch == ".":
                    for key, child in node.items():
                        if key != "$" and find(child, i + 1):
                            return True
                    return False
                node = node.get(ch)
                if node is None:
                    return False
                i += 1
            return "$" in node

        return find(self.root, 0)
