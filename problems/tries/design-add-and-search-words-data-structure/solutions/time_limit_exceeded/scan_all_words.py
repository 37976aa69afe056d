class WordDictionary:
    # Words are kept in a list and search compares the pattern with each stored word of
    # the same length, letter by letter: O(words * length) per search.
    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for w in self.words:
            if len(w) != len(word):
                continue
            for a, b in zip(word, w):
                if a != "." and a != b:
                    break
            else:
                return True
        return False
