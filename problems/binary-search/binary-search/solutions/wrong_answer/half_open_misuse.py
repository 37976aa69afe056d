class Solution:
    # Bug: a half-open window [lo, hi) with hi = len - 1 never looks at the last
    # position, so a target stored there is reported missing.
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return -1
