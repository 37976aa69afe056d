from bisect import bisect_left


class Solution:
    # tails[k] = the smallest possible last element of a strictly increasing subsequence of
    # length k + 1 seen so far; it is itself increasing, so each number finds its place by
    # binary search: it extends the longest run or lowers one tail. O(n log n).
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            k = bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
