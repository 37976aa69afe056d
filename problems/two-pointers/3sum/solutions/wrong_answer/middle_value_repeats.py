class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        result = []
        for i in range(n - 2):
            a = nums[i]
            if a > 0:
                break
            if i > 0 and a == nums[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = a + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    # Bug: after a match the pointers are not moved past equal values, so
                    # the same triplet is reported again when the middle value repeats.
                    result.append([a, nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
        return result
