class Solution:
    # Correct, but ranks every point by counting the points strictly nearer than it: a point
    # belongs to the answer when fewer than k are. O(n^2), 10^8 steps for 10^4 points.
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        dist = [x * x + y * y for x, y in points]
        out = []
        for p, d in zip(points, dist):
            nearer = 0
            for e in dist:
                if e < d:
                    nearer += 1
            if nearer < k:
                out.append(p)
        return out
