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
        # Every stored copy that could be the corner opposite the query: O(adds) a query.
        for px, py in self.points:
            if px == x or abs(px - x) != abs(py - y):
                continue
            total += self.copies[(x, py)] * self.copies[(px, y)]
        return total
