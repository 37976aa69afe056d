class KthLargest:
    # Bug: add compares with heap[0] before checking the heap's size, so the first add
    # on an empty nums raises IndexError.
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = list(nums)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        if val > self.heap[0] or len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
            if len(self.heap) > self.k:
                heapq.heappop(self.heap)
        return self.heap[0]
