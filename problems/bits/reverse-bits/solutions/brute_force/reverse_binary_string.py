class Solution:
    # Write n as exactly 32 binary digits, reverse the text, read it back.
    def reverseBits(self, n: int) -> int:
        return int(format(n, "032b")[::-1], 2)
