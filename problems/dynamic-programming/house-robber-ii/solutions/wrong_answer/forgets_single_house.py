class Solution:
    # Bug: splits the circle into two rows without the special case of one house: both rows
    # are then empty and the answer comes out 0.
    def rob(self, nums: List[int]) -> int:
        def straight(houses: List[int]) -> int:
            before, best = 0, 0
            for money in houses:
                before, best = best, max(best, before + money)
            return best

        return max(straight(nums[:-1]), straight(nums[1:]))
