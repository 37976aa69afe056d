class Solution {
public:
    // Sorting puts equal values side by side, so one pass over neighbours finds a repeat.
    bool containsDuplicate(vector<int>& nums) {
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end());
        for (size_t i = 1; i < sorted.size(); i++) {
            if (sorted[i] == sorted[i - 1]) return true;
        }
        return false;
    }
};
