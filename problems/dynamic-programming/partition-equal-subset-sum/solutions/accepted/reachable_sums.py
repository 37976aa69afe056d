class Solution:
    # The split exists exactly when some subset sums to half the total. reach[a] says whether
    # a subset of the elements seen so far sums to a; each element is added by walking the
    # sums downwards, so it is used at most once. O(n * sum) time, O(sum) space.
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        reach = [True] + [False] * half
        for x in nums:
            for a in range(half, x - 1, -1):
                if reach[a - x]:
                    reach[a] = True
            if reach[half]:
                return True
        return reach[half]
