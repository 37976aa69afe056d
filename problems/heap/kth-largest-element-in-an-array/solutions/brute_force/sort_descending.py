class Solution:
    # Sort from largest to smallest and read position k. O(n log n).
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums, reverse=True)[k - 1]
