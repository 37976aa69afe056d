class Solution:
    # Correct but exponential: tries every coin as the last one, for every remaining amount,
    # again and again, with no memo.
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(left: int) -> int:
            if left == 0:
                return 0
            best = -1
            for c in coins:
                if c <= left:
                    sub = fewest(left - c)
                    if sub >= 0 and (best < 0 or sub + 1 < best):
                        best = sub + 1
            return best

        return fewest(amount)
