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
        # Tries every ordered pair of stored copies as the corners beside the query (one on
        # its column, one on its row) and looks the fourth corner up: O(adds^2) a query.
        for ax, ay in self.points:
            for bx, by in self.points:
                if ax == x and by == y and ay != y and abs(ay - y) == abs(bx - x):
                    total += self.copies[(bx, ay)]
        return total
