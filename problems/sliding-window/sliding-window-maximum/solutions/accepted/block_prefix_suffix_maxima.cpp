class Solution {
public:
    // Cut the array into blocks of k. A window spans the end of one block and the start of
    // the next, so its maximum is the larger of a suffix maximum and a prefix maximum.
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        int n = nums.size();
        vector<int> fromStart(n), toEnd(n);
        for (int i = 0; i < n; i++) {
            fromStart[i] = (i % k == 0) ? nums[i] : max(fromStart[i - 1], nums[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            toEnd[i] = (i == n - 1 || (i + 1) % k == 0) ? nums[i] : max(toEnd[i + 1], nums[i]);
        }
        vector<int> out;
        out.reserve(n - k + 1);
        for (int i = 0; i + k <= n; i++) out.push_back(max(toEnd[i], fromStart[i + k - 1]));
        return out;
    }
};
