class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Answer the queries from left to right; a min-heap of (size, right end) holds the
        # intervals that have started, and stale ones (ended before the query) are dropped.
        intervals.sort()
        answer = [-1] * len(queries)
        heap = []
        i, n = 0, len(intervals)
        for q, idx in sorted((q, idx) for idx, q in enumerate(queries)):
            while i < n and intervals[i][0] <= q:
                left, right = intervals[i]
                heapq.heappush(heap, (right - left + 1, right))
                i += 1
            while heap and heap[0][1] < q:
                heapq.heappop(heap)
            if heap:
                answer[idx] = heap[0][0]
        return answer
