class Solution {
public:
    // A trade's profit is the sum of the daily changes between its two days, so the answer
    // is the largest sum of a run of consecutive changes (Kadane), or 0.
    int maxProfit(vector<int>& prices) {
        int best = 0, run = 0;
        for (size_t i = 1; i < prices.size(); i++) {
            run = max(0, run + prices[i] - prices[i - 1]);
            best = max(best, run);
        }
        return best;
    }
};
