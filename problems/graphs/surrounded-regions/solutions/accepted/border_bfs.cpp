class Solution {
public:
    // A region survives exactly when one of its cells lies on the border. A breadth-first
    // search from every border "O" marks those cells; every other "O" is captured. O(m n).
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size();
        vector<pair<int, int>> queue;
        auto reach = [&](int r, int c) {
            if (r >= 0 && r < m && c >= 0 && c < n && board[r][c] == 'O') {
                board[r][c] = 'S';
                queue.push_back({r, c});
            }
        };
        for (int r = 0; r < m; r++) {
            reach(r, 0);
            reach(r, n - 1);
        }
        for (int c = 0; c < n; c++) {
            reach(0, c);
            reach(m - 1, c);
        }
        for (size_t head = 0; head < queue.size(); head++) {
            auto [r, c] = queue[head];
            reach(r + 1, c);
            reach(r - 1, c);
            reach(r, c + 1);
            reach(r, c - 1);
        }
        for (auto& row : board)
            for (char& cell : row) cell = cell == 'S' ? 'O' : 'X';
    }
};
