class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Correct Dijkstra, but returns the largest time among the nodes reached without
        # checking that every node was reached.
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
                heapq.heappush(heap, (t + w, v))
        return max(settled.values())
