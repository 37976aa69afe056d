class Solution:
    # Every one of the 2^n selections, sorted so that equal subsets look alike, kept once.
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        seen = set()
        for mask in range(1 << n):
            seen.add(tuple(sorted(nums[i] for i in range(n) if mask >> i & 1)))
        return [list(s) for s in seen]
