class Trie:
    # A plain list of words: startsWith scans every word, O(total words) per call.
    def __init__(self):
        self.words = []
        self.seen = set()

    def insert(self, word: str) -> None:
        if word not in self.seen:
            self.seen.add(word)
            self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.seen

    def startsWith(self, prefix: str) -> bool:
        for w in self.words:
            if w.startswith(prefix):
                return True
        return False
