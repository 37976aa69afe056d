class Solution:
    # O(n^2): for each element, walk the array looking for another copy of it. When the
    # copies are far apart (or the lone value comes last), that is about n^2 / 2 steps.
    def singleNumber(self, nums: List[int]) -> int:
        n = len(nums)
        for i in range(n):
            found = False
            for j in range(n):
                if j != i and nums[j] == nums[i]:
                    found = True
                    break
            if not found:
                return nums[i]
        return 0
