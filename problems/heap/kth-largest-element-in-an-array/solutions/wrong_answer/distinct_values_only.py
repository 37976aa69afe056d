class Solution:
    # Bug: counts only distinct values, so in [4, 4, 1] the 2nd largest comes out as 1.
    def findKthLargest(self, nums: List[int], k: int) -> int:
        values = sorted(set(nums), reverse=True)
        return values[k - 1] if k <= len(values) else values[-1]
