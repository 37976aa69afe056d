class Solution:
    # Bug: skips a value equal to the one just before it, but without sorting first, so equal
    # values that are not adjacent ([4, 1, 4]) still give the same subset twice.
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = list(nums)
        out = []
        chosen = []

        def extend(start):
            out.append(chosen[:])
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue
                chosen.append(nums[i])
                extend(i + 1)
                chosen.pop()

        extend(0)
        return out
