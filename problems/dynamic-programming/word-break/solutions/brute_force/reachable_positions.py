class Solution:
    # A search over cut positions: from each position reached, try every word of the list
    # as the next piece. Each position is explored once. O(n * len(wordDict) * L).
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        n = len(s)
        reached = [False] * (n + 1)
        reached[0] = True
        todo = [0]
        while todo:
            at = todo.pop()
            for word in wordDict:
                end = at + len(word)
                if end <= n and not reached[end] and s.startswith(word, at):
                    reached[end] = True
                    todo.append(end)
        return reached[n]
