from collections import Counter, defaultdict


class DetectSquares:
    def __init__(self):
        self.copies = Counter()
        self.by_column = defaultdict(Counter)

    def add(self, point: List[int]) -> None:
        x, y = point
        self.copies[(x, y)] += 1
        self.by_column[x][y] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        # A stored point on the query's column fixes the side d; the square lies to the
        # left or to the right, and its two other corners must be stored too.
        for y2, above in self.by_column[x].items():
            d = y2 - y
            if d == 0:
                continue
            for x2 in (x - d, x + d):
                total += above * self.copies[(x2, y)] * self.copies[(x2, y2)]
        return total
