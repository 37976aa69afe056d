import re


class WordDictionary:
    # Every stored word is tested against the pattern as a regular expression ('.' is
    # already "any character"). Obviously right, O(words) per search.
    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        pattern = re.compile(word)
        return any(pattern.fullmatch(w) for w in self.words)
