class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Decide the coins one denomination at a time, trying every count k of it: the ways
        # to make a with the first i denominations are the sum, over k, of the ways to make
        # a - k * c with the first i - 1. O(n * amount^2 / min(coins)).
        ways = [1] + [0] * amount
        for c in coins:
            new = [0] * (amount + 1)
            for a in range(amount + 1):
                total = 0
                for rest in range(a, -1, -c):
                    total += ways[rest]
                new[a] = total
            ways = new
        return ways[amount]
