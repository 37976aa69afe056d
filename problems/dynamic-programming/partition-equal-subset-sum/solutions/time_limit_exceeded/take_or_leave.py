class Solution:
    # Correct but exponential: for each element, try putting it in the first group and not,
    # with no memo. When no split exists every choice is explored.
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        n = len(nums)

        def fill(i: int, left: int) -> bool:
            if left == 0:
                return True
            if i == n or left < 0:
                return False
            return fill(i + 1, left - nums[i]) or fill(i + 1, left)

        return fill(0, total // 2)
