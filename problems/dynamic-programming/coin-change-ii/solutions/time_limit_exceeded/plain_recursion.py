class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Correct: either use coin i once more, or never use it again. Without memoisation
        # the same (coin, remainder) pairs are solved over and over: at least one call per way.
        def count(i, left):
            if left == 0:
                return 1
            if i == len(coins) or left < 0:
                return 0
            return count(i, left - coins[i]) + count(i + 1, left)

        return count(0, amount)
