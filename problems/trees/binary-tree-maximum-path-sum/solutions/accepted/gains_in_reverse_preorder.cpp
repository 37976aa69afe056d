class Solution {
public:
    // Without recursion: parents before children in a list, walked backwards. A node's
    // gain is the best sum of a path going down from it (its value plus the better child
    // gain, if positive); the best path bending at it adds both children's positive gains.
    int maxPathSum(TreeNode* root) {
        vector<TreeNode*> order{root};
        for (size_t i = 0; i < order.size(); i++) {
            if (order[i]->left) order.push_back(order[i]->left);
            if (order[i]->right) order.push_back(order[i]->right);
        }
        unordered_map<TreeNode*, long long> gain;
        gain[nullptr] = 0;
        long long best = LLONG_MIN;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            long long l = max(0LL, gain[(*it)->left]), r = max(0LL, gain[(*it)->right]);
            best = max(best, (*it)->val + l + r);
            gain[*it] = (*it)->val + max(l, r);
        }
        return (int)best;
    }
};
