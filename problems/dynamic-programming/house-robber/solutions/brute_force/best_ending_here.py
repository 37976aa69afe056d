class Solution:
    # O(n^2): ending[i] is the best haul whose last robbed house is i; the house before it
    # can be any j <= i - 2.
    def rob(self, nums: List[int]) -> int:
        ending = []
        for i, money in enumerate(nums):
            previous = [ending[j] for j in range(i - 1)]
            ending.append(money + max(previous, default=0))
        return max(ending)
