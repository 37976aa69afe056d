class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Correct but too slow: builds the whole graph first by comparing every pair of
        # words letter by letter, O(N^2 L) before the search even starts. With 5000 words
        # that is 12.5 million comparisons.
        if endWord not in wordList:
            return 0
        nodes = [beginWord] + [w for w in wordList if w != beginWord]
        graph = [[] for _ in nodes]
        for i in range(len(nodes)):
            a = nodes[i]
            for j in range(i + 1, len(nodes)):
                b = nodes[j]
                diff = 0
                for x, y in zip(a, b):
                    if x != y:
                        diff += 1
                        if diff > 1:
                            break
                if diff == 1:
                    graph[i].append(j)
                    graph[j].append(i)
        target = nodes.index(endWord)
        dist = [0] * len(nodes)
        dist[0] = 1
        queue = collections.deque([0])
        while queue:
            i = queue.popleft()
            if i == target:
                return dist[i]
            for j in graph[i]:
                if not dist[j]:
                    dist[j] = dist[i] + 1
                    queue.append(j)
        return 0
