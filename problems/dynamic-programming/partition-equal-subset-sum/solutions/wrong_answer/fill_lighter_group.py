class Solution:
    # Bug: greedy. Deals the elements, largest first, to whichever group is lighter, and
    # checks whether the sums end equal; [3, 3, 2, 2, 2] splits as 3 + 3 and 2 + 2 + 2, but
    # the greedy deal ends 7 against 5.
    def canPartition(self, nums: List[int]) -> bool:
        left = right = 0
        for x in sorted(nums, reverse=True):
            if left <= right:
                left += x
            else:
                right += x
        return left == right
