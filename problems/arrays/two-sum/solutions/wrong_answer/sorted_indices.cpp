class Solution {
public:
    // Sorts the values and walks two pointers, but returns positions in the sorted copy
    // instead of the original indices.
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end());
        int i = 0, j = sorted.size() - 1;
        while (i < j) {
            int sum = sorted[i] + sorted[j];
            if (sum == target) return {i, j};
            if (sum < target) i++; else j--;
        }
        return {};
    }
};
