class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Wrong: returns the number of changes (steps) in the shortest ladder instead of the
        # number of words in it, one less than asked.
        words = set(wordList)
        if endWord not in words:
            return 0
        queue = collections.deque([(beginWord, 0)])
        seen = {beginWord}
        while queue:
            w, steps = queue.popleft()
            if w == endWord:
                return steps
            for i in range(len(w)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    v = w[:i] + ch + w[i + 1:]
                    if v in words and v not in seen:
                        seen.add(v)
                        queue.append((v, steps + 1))
        return 0
