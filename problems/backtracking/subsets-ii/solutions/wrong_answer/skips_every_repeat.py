class Solution:
    # Bug: skips a value equal to its predecessor anywhere in the array (i > 0) instead of
    # only among the choices of one level (i > start), so a repeated value can never be taken
    # twice: [2, 2] is missed.
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        out = []
        chosen = []

        def extend(start):
            out.append(chosen[:])
            for i in range(start, len(nums)):
                if i > 0 and nums[i] == nums[i - 1]:
                    continue
                chosen.append(nums[i])
                extend(i + 1)
                chosen.pop()

        extend(0)
        return out
