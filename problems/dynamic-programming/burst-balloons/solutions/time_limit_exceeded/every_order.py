class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Correct: try every balloon as the next one to burst, on a copy of the row, and
        # keep the best. That is every one of the n! orders.
        def best(row):
            if not row:
                return 0
            top = 0
            for i in range(len(row)):
                left = row[i - 1] if i > 0 else 1
                right = row[i + 1] if i + 1 < len(row) else 1
                top = max(top, left * row[i] * right + best(row[:i] + row[i + 1:]))
            return top

        return best(nums)
