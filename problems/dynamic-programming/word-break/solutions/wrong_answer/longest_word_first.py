class Solution:
    # Bug: greedy. Always cuts off the longest word that matches at the current position and
    # never goes back, so "ab" + "cd" is missed when "abc" also matches.
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = sorted(wordDict, key=len, reverse=True)
        at = 0
        while at < len(s):
            for word in words:
                if s.startswith(word, at):
                    at += len(word)
                    break
            else:
                return False
        return True
