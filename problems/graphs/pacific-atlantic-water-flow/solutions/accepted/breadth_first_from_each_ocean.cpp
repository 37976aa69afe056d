class Solution {
    // Squares an ocean can be reached from are those reached by climbing (to equal or
    // higher neighbours) from its shore; a breadth-first search per ocean marks them.
    vector<vector<char>> reach(const vector<vector<int>>& h, vector<pair<int, int>> queue) {
        int m = h.size(), n = h[0].size();
        vector<vector<char>> seen(m, vector<char>(n, 0));
        for (auto [r, c] : queue) seen[r][c] = 1;
        static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (size_t i = 0; i < queue.size(); i++) {
            auto [r, c] = queue[i];
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc]) continue;
                if (h[nr][nc] < h[r][c]) continue;
                seen[nr][nc] = 1;
                queue.push_back({nr, nc});
            }
        }
        return seen;
    }

public:
    vector<vector<int>> pacificAtlantic(vector<vector<int>>& heights) {
        int m = heights.size(), n = heights[0].size();
        vector<pair<int, int>> pacific, atlantic;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (r == 0 || c == 0) pacific.push_back({r, c});
                if (r == m - 1 || c == n - 1) atlantic.push_back({r, c});
            }
        }
        auto p = reach(heights, pacific), a = reach(heights, atlantic);
        vector<vector<int>> both;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (p[r][c] && a[r][c]) both.push_back({r, c});
            }
        }
        return both;
    }
};
