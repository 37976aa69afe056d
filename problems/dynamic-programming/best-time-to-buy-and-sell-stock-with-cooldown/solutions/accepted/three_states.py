class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # At the end of each day you are in one of three states: holding a share, having just
        # sold (so tomorrow is a rest day), or free to buy. Track the best profit in each:
        #   hold' = max(hold, free - price)    (keep it, or buy today)
        #   sold' = hold + price               (sell today)
        #   free' = max(free, sold)            (rest, or come out of the cooldown)
        # O(n) time, O(1) space.
        hold, sold, free = float("-inf"), float("-inf"), 0
        for p in prices:
            hold, sold, free = max(hold, free - p), hold + p, max(free, sold)
        return max(sold, free)
