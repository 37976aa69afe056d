class Solution {
public:
    // Each bar's widest rectangle at its own height reaches to the nearest lower bar on
    // either side; both are found by jumping along already-computed neighbours.
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        vector<int> lower_left(n), lower_right(n);
        for (int i = 0; i < n; i++) {
            int j = i - 1;
            while (j >= 0 && heights[j] >= heights[i]) j = lower_left[j];
            lower_left[i] = j;
        }
        for (int i = n - 1; i >= 0; i--) {
            int j = i + 1;
            while (j < n && heights[j] >= heights[i]) j = lower_right[j];
            lower_right[i] = j;
        }
        long long best = 0;
        for (int i = 0; i < n; i++) {
            best = max(best, (long long)heights[i] * (lower_right[i] - lower_left[i] - 1));
        }
        return (int)best;
    }
};
