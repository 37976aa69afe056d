class Solution:
    # Correct but exponential: tries every word at every position and recurses, with no
    # memo, so a failing suffix is re-explored from every way of reaching it.
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def split(at: int) -> bool:
            if at == len(s):
                return True
            for word in wordDict:
                if s.startswith(word, at) and split(at + len(word)):
                    return True
            return False

        return split(0)
