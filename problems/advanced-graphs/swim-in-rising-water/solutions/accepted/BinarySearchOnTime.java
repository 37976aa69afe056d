class Solution {
    // A different approach from the Dijkstra references: whether the corner can be reached by
    // time t is monotone in t, so binary-search the least such t, each test a flood fill over
    // the cells no higher than t. O(n^2 log n^2).
    public int swimInWater(int[][] grid) {
        int n = grid.length;
        int low = Math.max(grid[0][0], grid[n - 1][n - 1]), high = n * n - 1;
        while (low < high) {
            int mid = (low + high) / 2;
            if (reachable(grid, mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private boolean reachable(int[][] grid, int time) {
        int n = grid.length;
        if (grid[0][0] > time) {
            return false;
        }
        boolean[] seen = new boolean[n * n];
        int[] stack = new int[n * n];
        int top = 0;
        stack[top++] = 0;
        seen[0] = true;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (top > 0) {
            int cell = stack[--top];
            int r = cell / n, c = cell % n;
            if (r == n - 1 && c == n - 1) {
                return true;
            }
            for (int d = 0; d < 4; d++) {
                int a = r + dr[d], b = c + dc[d];
                if (a >= 0 && a < n && b >= 0 && b < n && !seen[a * n + b] && grid[a][b] <= time) {
                    seen[a * n + b] = true;
                    stack[top++] = a * n + b;
                }
            }
        }
        return false;
    }
}
