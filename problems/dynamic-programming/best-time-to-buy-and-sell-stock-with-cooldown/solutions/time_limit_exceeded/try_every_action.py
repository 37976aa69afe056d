class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Correct: on each day try every allowed action (buy, sell, wait) and keep the best.
        # Nothing is remembered, so the number of calls doubles with every day or so.
        n = len(prices)

        def go(day, holding):
            if day >= n:
                return 0
            wait = go(day + 1, holding)
            if holding:
                # Sell, then skip the cooldown day.
                return max(wait, prices[day] + go(day + 2, False))
            return max(wait, go(day + 1, True) - prices[day])

        return go(0, False)
