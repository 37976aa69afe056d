class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Breadth-first search that, from each word, tries all 25 other letters at every
        # position and keeps the results that are unused dictionary words. O(N L 26 L).
        words = set(wordList)
        if endWord not in words:
            return 0
        words.discard(beginWord)
        queue = collections.deque([(beginWord, 1)])
        letters = "abcdefghijklmnopqrstuvwxyz"
        while queue:
            w, length = queue.popleft()
            for i in range(len(w)):
                head, tail = w[:i], w[i + 1:]
                for ch in letters:
                    v = head + ch + tail
                    if v in words:
                        if v == endWord:
                            return length + 1
                        words.remove(v)
                        queue.append((v, length + 1))
        return 0
