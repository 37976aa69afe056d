class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Give every land cell its own label, then repeatedly let each cell take the smallest
        # label among itself and its land neighbours until nothing changes. Every island ends
        # with one label; count the distinct labels. Slow, but hard to get wrong.
        m, n = len(grid), len(grid[0])
        label = {}
        for r in range(m):
            for c in range(n):
                if grid[r][c] == "1":
                    label[(r, c)] = r * n + c
        changed = True
        while changed:
            changed = False
            for (r, c), own in list(label.items()):
                best = own
                for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if cell in label and label[cell] < best:
                        best = label[cell]
                if best < own:
                    label[(r, c)] = best
                    changed = True
        return len(set(label.values()))
