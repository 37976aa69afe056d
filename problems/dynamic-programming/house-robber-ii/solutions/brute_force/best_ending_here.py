class Solution:
    # O(n^2), a different split: fix whether house 0 is robbed. ending[i] is the best haul
    # whose last robbed house is i, with house 0 forced in or forced out; when it is in,
    # the last house may not be the final one robbed.
    def rob(self, nums: List[int]) -> int:
        n = len(nums)
        if n == 1:
            return nums[0]
        best = 0
        for first_in in (True, False):
            ending = [0] * n
            ending[0] = nums[0] if first_in else 0
            for i in range(1, n):
                if i == 1:
                    ending[i] = 0 if first_in else nums[1]
                    continue
                previous = max(ending[j] for j in range(i - 1))
                ending[i] = previous + nums[i]
            last = n - 1 if not first_in else n - 2
            best = max(best, max(ending[: last + 1]))
        return best
