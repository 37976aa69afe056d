class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # O(n^2): for every buy day, scan every later day for the best sale.
        best = 0
        n = len(prices)
        for i in range(n):
            buy = prices[i]
            for j in range(i + 1, n):
                if prices[j] - buy > best:
                    best = prices[j] - buy
        return best
