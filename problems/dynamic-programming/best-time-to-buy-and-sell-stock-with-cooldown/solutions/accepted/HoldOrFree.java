class Solution {
    // Two running bests per day: holding a share, or not holding one. Buying on day i must
    // come from a day-before-yesterday without a share (yesterday may have been a sale), so
    // the "not holding" value of two days back is kept as well. O(n) time, O(1) space.
    public int maxProfit(int[] prices) {
        int holding = -prices[0];
        int free = 0;
        int freeTwoDaysBack = 0;
        for (int i = 1; i < prices.length; i++) {
            int freeToday = Math.max(free, holding + prices[i]);
            int holdingToday = Math.max(holding, freeTwoDaysBack - prices[i]);
            freeTwoDaysBack = free;
            free = freeToday;
            holding = holdingToday;
        }
        return free;
    }
}
