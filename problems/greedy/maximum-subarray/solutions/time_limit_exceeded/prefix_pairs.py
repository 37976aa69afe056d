class Solution:
    # Prefix sums, then every pair of prefixes: O(n^2) pairs, far too many at n = 10^5.
    def maxSubArray(self, nums: List[int]) -> int:
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        best = nums[0]
        for j in range(1, len(prefix)):
            pj = prefix[j]
            for i in range(j):
                if pj - prefix[i] > best:
                    best = pj - prefix[i]
        return best
