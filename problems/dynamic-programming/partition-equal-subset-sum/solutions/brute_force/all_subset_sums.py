class Solution:
    # Every sum a subset can reach, kept as a set and grown one element at a time (no cap at
    # half the total), then a look-up of half the total.
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        sums = {0}
        for x in nums:
            sums = sums | {s + x for s in sums}
        return total % 2 == 0 and total // 2 in sums
