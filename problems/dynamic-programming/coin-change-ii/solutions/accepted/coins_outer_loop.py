class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # ways[a]: the number of ways to make a from the coins seen so far. Bring in one
        # denomination at a time; with coin c allowed, a way to make a either uses no c
        # (ways[a] as it stands) or uses at least one (ways[a - c], already updated for c).
        # Coins in the outer loop count each multiset once. O(n * amount) time, O(amount) space.
        ways = [1] + [0] * amount
        for c in coins:
            for a in range(c, amount + 1):
                ways[a] += ways[a - c]
        return ways[amount]
