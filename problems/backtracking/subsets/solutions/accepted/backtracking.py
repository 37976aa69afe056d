class Solution:
    # Decide for each element in turn whether it is in or out; every leaf of that binary
    # decision tree is one subset.
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out = []
        chosen = []

        def decide(i):
            if i == len(nums):
                out.append(chosen[:])
                return
            chosen.append(nums[i])
            decide(i + 1)
            chosen.pop()
            decide(i + 1)

        decide(0)
        return out
