class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Dijkstra from k; the answer is the time the last node is settled.
        graph = collections.defaultdict(list)
        for u, v, w in times:
            graph[u].append((v, w))
        settled = {}
        heap = [(0, k)]
        while heap:
            t, u = heapq.heappop(heap)
            if u in settled:
                continue
            settled[u] = t
            for v, w in graph[u]:
                if v not in settled:
                    heapq.heappush(heap, (t + w, v))
        return max(settled.values()) if len(settled) == n else -1
