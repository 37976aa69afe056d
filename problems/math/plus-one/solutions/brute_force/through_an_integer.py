class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        # Python's integers have no size limit, so the number can be rebuilt whole.
        value = 0
        for d in digits:
            value = value * 10 + d
        return [int(c) for c in str(value + 1)]
