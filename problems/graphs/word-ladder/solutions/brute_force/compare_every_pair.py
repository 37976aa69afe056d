class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Join every two words that differ in exactly one position by comparing all pairs,
        # then breadth-first search from beginWord. O(N^2 L): small dictionaries only.
        nodes = [beginWord] + [w for w in wordList if w != beginWord]

        def one_apart(a, b):
            return sum(x != y for x, y in zip(a, b)) == 1

        dist = {beginWord: 1}
        queue = collections.deque([beginWord])
        while queue:
            w = queue.popleft()
            if w == endWord:
                return dist[w]
            for v in nodes:
                if v not in dist and one_apart(w, v):
                    dist[v] = dist[w] + 1
                    queue.append(v)
        return 0
