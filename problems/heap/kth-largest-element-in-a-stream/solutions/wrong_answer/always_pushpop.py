class KthLargest:
    # Bug: add always pushes and pops, so when the heap starts with fewer than k values
    # (nums shorter than k) it never grows to k and reports a larger value than the k-th.
    def __init__(self, k: int, nums: List[int]):
        self.heap = list(nums)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        if not self.heap:
            self.heap.append(val)
            return val
        heapq.heappushpop(self.heap, val)
        return self.heap[0]
