class Solution {
public:
    // answer[i] first holds the product of everything left of i; a second pass from the
    // right multiplies in the product of everything right of i. No division.
    vector<int> productExceptSelf(vector<int>& nums) {
        int n = nums.size();
        vector<int> answer(n, 1);
        for (int i = 1; i < n; i++) answer[i] = answer[i - 1] * nums[i - 1];
        int right = 1;
        for (int i = n - 1; i >= 0; i--) {
            answer[i] *= right;
            right *= nums[i];
        }
        return answer;
    }
};
