class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Take the top row, then turn what remains a quarter turn counter-clockwise so that
        # the next stretch of the walk becomes the new top row. Rebuilds the grid each time.
        grid = [row[:] for row in matrix]
        out = []
        while grid:
            out.extend(grid[0])
            rest = grid[1:]
            if not rest:
                break
            cols = len(rest[0])
            grid = [[row[c] for row in rest] for c in range(cols - 1, -1, -1)]
        return out
