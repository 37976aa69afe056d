class Solution:
    # n & (n - 1) clears the lowest set bit of n, so the loop runs once per set bit.
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n:
            n &= n - 1
            count += 1
        return count
