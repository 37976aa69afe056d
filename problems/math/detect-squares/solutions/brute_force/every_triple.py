from itertools import combinations


class DetectSquares:
    def __init__(self):
        self.points = []

    def add(self, point: List[int]) -> None:
        self.points.append((point[0], point[1]))

    def count(self, point: List[int]) -> int:
        q = (point[0], point[1])
        total = 0
        # Tries every three stored copies and checks the four points are the corners of an
        # axis-aligned square of positive area.
        for a, b, c in combinations(self.points, 3):
            corners = [q, a, b, c]
            xs = sorted({p[0] for p in corners})
            ys = sorted({p[1] for p in corners})
            if len(xs) != 2 or len(ys) != 2 or xs[1] - xs[0] != ys[1] - ys[0]:
                continue
            if sorted(corners) == sorted((x, y) for x in xs for y in ys):
                total += 1
        return total
