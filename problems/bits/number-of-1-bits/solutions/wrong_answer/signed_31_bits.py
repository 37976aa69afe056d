class Solution:
    # Bug: treats n as a signed 32-bit int and only looks at the 31 value bits, so the
    # highest bit (set in every n >= 2^31) is never counted.
    def hammingWeight(self, n: int) -> int:
        count = 0
        for i in range(31):
            count += (n >> i) & 1
        return count
