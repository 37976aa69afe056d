class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        out = digits[:]
        # Trailing nines become zeros; the first digit below nine takes the carry.
        for i in range(len(out) - 1, -1, -1):
            if out[i] < 9:
                out[i] += 1
                return out
            out[i] = 0
        # Every digit was a nine: the answer is 1 followed by zeros.
        return [1] + out
