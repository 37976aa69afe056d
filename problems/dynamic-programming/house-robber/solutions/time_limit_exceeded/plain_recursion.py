class Solution:
    # Correct but exponential: at each house, try robbing it and skipping it, with no memo.
    def rob(self, nums: List[int]) -> int:
        n = len(nums)

        def best(i: int) -> int:
            if i >= n:
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        return best(0)
