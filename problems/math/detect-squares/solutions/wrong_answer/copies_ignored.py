class DetectSquares:
    def __init__(self):
        self.stored = set()

    def add(self, point: List[int]) -> None:
        self.stored.add((point[0], point[1]))

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        # Keeps a set of points, so a point added twice counts once.
        for px, py in self.stored:
            if px == x or abs(px - x) != abs(py - y):
                continue
            if (x, py) in self.stored and (px, y) in self.stored:
                total += 1
        return total
