class Solution:
    # An approach independent of the tails array: rank the values, then for each number in
    # order ask a Fenwick tree for the longest run ending below its rank and store one more
    # at its rank. Each step is a prefix maximum and a point update, so O(n log n).
    def lengthOfLIS(self, nums: List[int]) -> int:
        rank = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        size = len(rank)
        tree = [0] * (size + 1)
        best = 0
        for x in nums:
            i = rank[x] - 1
            longest = 0
            while i > 0:
                if tree[i] > longest:
                    longest = tree[i]
                i -= i & -i
            here = longest + 1
            if here > best:
                best = here
            i = rank[x]
            while i <= size:
                if tree[i] < here:
                    tree[i] = here
                i += i & -i
        return best
