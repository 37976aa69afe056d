class Solution:
    # The first and last house are never both robbed, so the circle is the better of two
    # straight rows: without the last house, or without the first. A single house has no
    # neighbour at all.
    def rob(self, nums: List[int]) -> int:
        if len(nums) == 1:
            return nums[0]

        def straight(houses: List[int]) -> int:
            before, best = 0, 0
            for money in houses:
                before, best = best, max(best, before + money)
            return best

        return max(straight(nums[:-1]), straight(nums[1:]))
