class Solution:
    # Bug: the row is taken as the one before bisect_left's insertion point among the
    # row starts. When target equals the first value of a row, bisect_left lands on
    # that very row, so the search looks in the row above and misses it.
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        starts = [row[0] for row in matrix]
        r = bisect_left(starts, target) - 1
        if r < 0:
            return False
        row = matrix[r]
        i = bisect_left(row, target)
        return i < len(row) and row[i] == target
