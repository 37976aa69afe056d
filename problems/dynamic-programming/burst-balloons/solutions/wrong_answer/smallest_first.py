class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Greedy: always burst the balloon with the smallest number, so that large numbers
        # stay around to multiply. Plausible, but ([3, 1, 5, 8]) bursting 3 before 5 and 8
        # loses the 3 * 5 * 8 the best order earns.
        row = list(nums)
        total = 0
        while row:
            i = min(range(len(row)), key=lambda k: row[k])
            left = row[i - 1] if i > 0 else 1
            right = row[i + 1] if i + 1 < len(row) else 1
            total += left * row[i] * right
            row.pop(i)
        return total
