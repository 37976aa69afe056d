class Solution:
    # Keep the k nearest points seen so far in a max-heap keyed by squared distance
    # (negated for heapq); a nearer point replaces the farthest kept one. O(n log k).
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        heap = []
        for i, (x, y) in enumerate(points):
            d = x * x + y * y
            if len(heap) < k:
                heapq.heappush(heap, (-d, i))
            elif d < -heap[0][0]:
                heapq.heapreplace(heap, (-d, i))
        return [points[i] for _, i in heap]
