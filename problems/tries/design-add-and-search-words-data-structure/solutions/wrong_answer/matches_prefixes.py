class WordDictionary:
    # Bug: search succeeds when the walk through the trie completes, without checking
    # that a word ends there, so the beginning of a stored word also matches.
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        def find(node, i):
            if i == len(word):
                return True
            ch = word[i]
            if ch == ".":
                return any(find(child, i + 1) for key, child in node.items() if key != "$")
            return ch in node and find(node[ch], i + 1)

        return find(self.root, 0)
