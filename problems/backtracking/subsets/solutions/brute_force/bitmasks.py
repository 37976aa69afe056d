class Solution:
    # Every number from 0 to 2^n - 1 is a subset: bit i set means nums[i] is taken.
    def subsets(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        out = []
        for mask in range(1 << n):
            out.append([nums[i] for i in range(n) if mask >> i & 1])
        return out
