class Solution:
    # Bottom-up DP: an index is good when one of its landing places is good. Each index may
    # scan all the places it can land on, O(n^2) when long jumps all fall short of the end.
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)
        good = [False] * n
        good[-1] = True
        for i in range(n - 2, -1, -1):
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if good[j]:
                    good[i] = True
                    break
        return good[0]
