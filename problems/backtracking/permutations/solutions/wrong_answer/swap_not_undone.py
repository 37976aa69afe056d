class Solution:
    # Bug: the swap that brings a value to position k is never undone, so later branches start
    # from a shuffled array; from three values on, some arrangements come out twice and others
    # never.
    def permute(self, nums: List[int]) -> List[List[int]]:
        nums = nums[:]
        out = []

        def arrange(k):
            if k == len(nums):
                out.append(nums[:])
                return
            for i in range(k, len(nums)):
                nums[k], nums[i] = nums[i], nums[k]
                arrange(k + 1)

        arrange(0)
        return out
