class Solution:
    # Sort so that equal values sit together. Every node of the recursion is a subset; at one
    # level, a value equal to the one just tried in the same place would only repeat it.
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
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
