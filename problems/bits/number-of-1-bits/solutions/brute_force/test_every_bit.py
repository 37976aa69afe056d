class Solution:
    # Look at each of the 32 positions in turn.
    def hammingWeight(self, n: int) -> int:
        count = 0
        for i in range(32):
            if (n >> i) & 1 == 1:
                count += 1
        return count
