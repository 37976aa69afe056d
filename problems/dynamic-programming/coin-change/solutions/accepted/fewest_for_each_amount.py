class Solution:
    # fewest[a] = the fewest coins making amount a. For each a, the last coin c used leaves
    # a - c, so fewest[a] = 1 + min(fewest[a - c]). O(amount * len(coins)).
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1
        fewest = [0] + [unreachable] * amount
        usable = [c for c in coins if c <= amount]
        for a in range(1, amount + 1):
            best = unreachable
            for c in usable:
                if c <= a and fewest[a - c] + 1 < best:
                    best = fewest[a - c] + 1
            fewest[a] = best
        return fewest[amount] if fewest[amount] <= amount else -1
