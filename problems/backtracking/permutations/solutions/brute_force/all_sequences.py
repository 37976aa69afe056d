class Solution:
    # Every sequence of n picks from nums, kept when no index is picked twice.
    def permute(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        out = []
        for picks in itertools.product(range(n), repeat=n):
            if len(set(picks)) == n:
                out.append([nums[i] for i in picks])
        return out
