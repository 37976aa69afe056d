class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # One pass: the best sale on day i buys at the cheapest price seen before it.
        lowest = prices[0]
        best = 0
        for p in prices:
            if p < lowest:
                lowest = p
            elif p - lowest > best:
                best = p - lowest
        return best
