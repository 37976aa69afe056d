class Solution:
    def trap(self, height: List[int]) -> int:
        # O(n) time and space: the tallest bar up to i from each side, then sum the levels.
        n = len(height)
        left = [0] * n
        right = [0] * n
        best = 0
        for i in range(n):
            best = max(best, height[i])
            left[i] = best
        best = 0
        for i in range(n - 1, -1, -1):
            best = max(best, height[i])
            right[i] = best
        return sum(min(left[i], right[i]) - height[i] for i in range(n))
