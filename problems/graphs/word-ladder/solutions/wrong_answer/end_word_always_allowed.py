class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Wrong: puts endWord into the dictionary, so a ladder ending at an endWord that is
        # missing from wordList is accepted instead of returning 0.
        words = set(wordList)
        words.add(endWord)
        queue = collections.deque([(beginWord, 1)])
        seen = {beginWord}
        while queue:
            w, length = queue.popleft()
            if w == endWord:
                return length
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    v = w[:i] + ch + w[i + 1:]
                    if v in words and v not in seen:
                        seen.add(v)
                        queue.append((v, length + 1))
        return 0
