class Solution:
    # Compare the middle with the right end of the window: if it is larger, the drop
    # (and so the minimum) lies to the right of mid; otherwise mid is in the run that
    # holds the minimum, at or after its start.
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
