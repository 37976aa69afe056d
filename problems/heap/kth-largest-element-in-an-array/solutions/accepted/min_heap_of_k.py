class Solution:
    # Keep the k largest values seen so far in a min-heap; its top is the k-th largest.
    # O(n log k) time, O(k) space.
    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = nums[:k]
        heapq.heapify(heap)
        for x in nums[k:]:
            if x > heap[0]:
                heapq.heapreplace(heap, x)
        return heap[0]
