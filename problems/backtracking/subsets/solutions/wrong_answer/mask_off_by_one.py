class Solution:
    # Bug: the masks stop one short, at 2^n - 2, so the subset holding every element (mask
    # 2^n - 1) is never produced.
    def subsets(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        out = []
        for mask in range((1 << n) - 1):
            out.append([nums[i] for i in range(n) if mask >> i & 1])
        return out
