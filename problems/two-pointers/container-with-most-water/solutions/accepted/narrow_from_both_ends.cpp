class Solution {
public:
    // The shorter wall limits every container that keeps it and is narrower, so it can be
    // dropped: move the pointer at the shorter wall inward.
    int maxArea(vector<int>& height) {
        int lo = 0, hi = (int)height.size() - 1;
        long long best = 0;
        while (lo < hi) {
            long long h = min(height[lo], height[hi]);
            best = max(best, h * (hi - lo));
            if (height[lo] < height[hi]) lo++; else hi--;
        }
        return (int)best;
    }
};
