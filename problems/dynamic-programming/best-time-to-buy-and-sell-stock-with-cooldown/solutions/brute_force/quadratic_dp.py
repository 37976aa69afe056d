class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # best[i]: the most profit using days 0..i-1 only. Either day i-1 sells nothing new
        # (best[i-1]), or the last trade buys on some day j and sells on day i-1; the trade
        # before it must have ended by day j-2, leaving day j-1 as the cooldown
        # (best[max(j-1, 0)]). O(n^2).
        n = len(prices)
        best = [0] * (n + 1)
        for i in range(1, n + 1):
            top = best[i - 1]
            for j in range(i - 1):
                gain = prices[i - 1] - prices[j] + best[max(j - 1, 0)]
                if gain > top:
                    top = gain
            best[i] = top
        return best[n]
