class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Try both signs for every element, depth first, and count the full choices that hit
        # target: 2^n leaves.
        n = len(nums)

        def count(i, total):
            if i == n:
                return 1 if total == target else 0
            return count(i + 1, total + nums[i]) + count(i + 1, total - nums[i])

        return count(0, 0)
