class KthLargest:
    # Correct, but sorts everything seen so far on every add: O(n log n) per call.
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.nums = list(nums)

    def add(self, val: int) -> int:
        self.nums.append(val)
        return sorted(self.nums)[-self.k]
