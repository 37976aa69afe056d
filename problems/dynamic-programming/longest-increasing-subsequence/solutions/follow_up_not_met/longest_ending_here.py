class Solution:
    # The classic O(n^2) table: longest[i] = 1 + the longest run ending at an earlier,
    # smaller element. Fast enough for n = 2500, not for the follow-up's 10^5.
    def lengthOfLIS(self, nums: List[int]) -> int:
        longest = [1] * len(nums)
        for i in range(len(nums)):
            x = nums[i]
            best = 0
            for j in range(i):
                if nums[j] < x and longest[j] > best:
                    best = longest[j]
            longest[i] = best + 1
        return max(longest)
