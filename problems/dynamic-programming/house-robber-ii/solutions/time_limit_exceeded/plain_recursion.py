class Solution:
    # Correct but exponential: tries robbing and skipping each house, with no memo, once
    # with the first house allowed (and the last one then off limits) and once without it.
    def rob(self, nums: List[int]) -> int:
        n = len(nums)
        if n == 1:
            return nums[0]

        def best(i: int, end: int) -> int:
            if i > end:
                return 0
            return max(best(i + 1, end), nums[i] + best(i + 2, end))

        return max(best(0, n - 2), best(1, n - 1))
