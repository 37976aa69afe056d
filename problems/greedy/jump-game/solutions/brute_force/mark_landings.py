class Solution:
    # Mark every index that a reachable index can land on.
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)
        reach = [False] * n
        reach[0] = True
        for i in range(n):
            if reach[i]:
                for j in range(i + 1, min(n, i + nums[i] + 1)):
                    reach[j] = True
        return reach[-1]
