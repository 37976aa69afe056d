class Solution:
    # Bug: greedy. Takes as many of the largest coin as fit, then the next largest, and so
    # on; with coins like [1, 3, 4] and amount 6 that gives 4 + 1 + 1 instead of 3 + 3.
    def coinChange(self, coins: List[int], amount: int) -> int:
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
