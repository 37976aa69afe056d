class Solution:
    # For each distinct value, choose how many of its copies to take: 0 up to its count.
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        out = [[]]
        for value, count in collections.Counter(nums).items():
            out = [s + [value] * k for s in out for k in range(count + 1)]
        return out
