class Solution:
    # Sort every point by its distance and take the first k. O(n log n).
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        return sorted(points, key=lambda p: math.hypot(p[0], p[1]))[:k]
