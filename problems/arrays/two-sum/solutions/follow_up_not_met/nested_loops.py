class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # O(n^2): fine for n <= 10^4, far too slow for the follow-up's n = 10^5.
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
