class Solution:
    # Swap each remaining value into position k in turn, permute the rest, then swap back.
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
                nums[k], nums[i] = nums[i], nums[k]

        arrange(0)
        return out
