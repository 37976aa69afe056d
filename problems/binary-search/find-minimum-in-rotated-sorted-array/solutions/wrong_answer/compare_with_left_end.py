class Solution:
    # Bug: comparing the middle with the left end of the window. Once the window is
    # itself sorted (always, for an unrotated array), every mid is >= nums[lo], so
    # the search runs right past the minimum and can end on the largest value.
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] >= nums[lo]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
