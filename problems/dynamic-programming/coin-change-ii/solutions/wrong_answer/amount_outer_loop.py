class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # The loops the other way round: for each amount, add the ways ending with each coin.
        # That counts ordered sequences, so 1 + 2 and 2 + 1 are counted twice.
        ways = [1] + [0] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    ways[a] += ways[a - c]
        return ways[amount]
