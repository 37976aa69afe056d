class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # O(n^2): compares every pair; about 5 * 10^9 comparisons when n = 10^5.
        for i in range(len(nums)):
            x = nums[i]
            for j in range(i + 1, len(nums)):
                if nums[j] == x:
                    return True
        return False
