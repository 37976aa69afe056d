class Solution:
    # Correct but exponential: for each element, try taking it (when it is larger than the
    # last one taken) and skipping it, with no memo.
    def lengthOfLIS(self, nums: List[int]) -> int:
        n = len(nums)

        def longest(i: int, last: int) -> int:
            if i == n:
                return 0
            best = longest(i + 1, last)
            if nums[i] > last:
                best = max(best, 1 + longest(i + 1, nums[i]))
            return best

        return longest(0, -(10**5))
