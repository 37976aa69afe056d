class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Group the words by pattern: "c*t" holds every word that is "c?t" for some letter.
        # Two words are one step apart exactly when they share a pattern. A breadth-first
        # search from beginWord over the patterns finds the shortest ladder; each bucket is
        # emptied once used, so every word and pattern is handled once: O(N L^2) with the
        # string slicing.
        words = set(wordList)
        if endWord not in words:
            return 0
        L = len(beginWord)
        buckets = collections.defaultdict(list)
        for w in words:
            for i in range(L):
                buckets[w[:i] + "*" + w[i + 1:]].append(w)
        seen = {beginWord}
        frontier = [beginWord]
        length = 1
        while frontier:
            length += 1
            nxt = []
            for w in frontier:
                for i in range(L):
                    key = w[:i] + "*" + w[i + 1:]
                    for v in buckets.pop(key, ()):
                        if v == endWord:
                            return length
                        if v not in seen:
                            seen.add(v)
                            nxt.append(v)
            frontier = nxt
        return 0
