class KthLargest {
    // No heap: how many of each value have been seen, in a Fenwick tree over the value
    // range, and the k-th largest found by descending the tree (the (total - k + 1)-th
    // smallest). O(log range) per add.
    static const int OFFSET = 10001, SIZE = 1 << 15;  // values -10^4..10^4 as 1..20001
    int k, total = 0;
    vector<int> tree;

    void insert(int value) {
        for (int i = value + OFFSET; i < SIZE; i += i & -i) tree[i]++;
        total++;
    }

    int smallest(int rank) {  // the rank-th smallest value seen (1-based)
        int at = 0;
        for (int step = SIZE >> 1; step > 0; step >>= 1) {
            if (at + step < SIZE && tree[at + step] < rank) {
                at += step;
                rank -= tree[at];
            }
        }
        return at + 1 - OFFSET;
    }

public:
    KthLargest(int k, vector<int>& nums) : k(k), tree(SIZE, 0) {
        for (int v : nums) insert(v);
    }

    int add(int val) {
        insert(val);
        return smallest(total - k + 1);
    }
};
