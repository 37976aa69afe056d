class Solution:
    # Start from the empty subset; each new element doubles the list by being added to a copy
    # of every subset built so far.
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out = [[]]
        for x in nums:
            out += [s + [x] for s in out]
        return out
