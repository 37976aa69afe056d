class Solution:
    # Bug: the left half [lo, mid] is taken as sorted only when nums[lo] < nums[mid].
    # When lo == mid that half is a single element, sorted all the same; treating it
    # as the unsorted side sends the search the wrong way, e.g. for [3, 1] and 1.
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] < nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1
