class Solution:
    # Bug: assumes the repeated value appears exactly twice and every other value of 1..n
    # exactly once. When the value repeats three or more times, some values are missing
    # and the sums no longer differ by the duplicate.
    def findDuplicate(self, nums: List[int]) -> int:
        n = len(nums) - 1
        return sum(nums) - n * (n + 1) // 2
