class KthLargest:
    # Count every value, then walk down from the largest possible value.
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.count = collections.Counter(nums)

    def add(self, val: int) -> int:
        self.count[val] += 1
        seen = 0
        for v in sorted(self.count, reverse=True):
            seen += self.count[v]
            if seen >= self.k:
                return v
        return -1
