class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Bug: only tries buying on the first day or on the day of the lowest price. A
        # cheap day before the peak is missed when the lowest price comes after the peak.
        lo = prices.index(min(prices))
        best = 0
        for start in (0, lo):
            best = max(best, max(prices[start:]) - prices[start])
        return best
