class Solution:
    # A different route: a strictly increasing subsequence is a common subsequence of nums
    # and its distinct values in sorted order, so the answer is their longest common
    # subsequence. O(n * m) with m distinct values.
    def lengthOfLIS(self, nums: List[int]) -> int:
        values = sorted(set(nums))
        previous = [0] * (len(values) + 1)
        for x in nums:
            current = [0] * (len(values) + 1)
            for j, v in enumerate(values, 1):
                if x == v:
                    current[j] = previous[j - 1] + 1
                else:
                    current[j] = max(previous[j], current[j - 1])
            previous = current
        return previous[-1]
