class Solution {
public:
    // Without recursion: list the nodes so that every parent comes before its children,
    // then walk the list backwards, so each node's children already have their heights.
    // The longest path bending at a node is the sum of its children's heights (in edges).
    int diameterOfBinaryTree(TreeNode* root) {
        vector<TreeNode*> order{root};
        for (size_t i = 0; i < order.size(); i++) {
            if (order[i]->left) order.push_back(order[i]->left);
            if (order[i]->right) order.push_back(order[i]->right);
        }
        unordered_map<TreeNode*, int> height;  // nodes on the longest way down, itself included
        height[nullptr] = 0;
        int best = 0;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            int l = height[(*it)->left], r = height[(*it)->right];
            best = max(best, l + r);
            height[*it] = 1 + max(l, r);
        }
        return best;
    }
};
