class Solution:
    def trap(self, height: List[int]) -> int:
        # For every bar, look for the tallest bar on each side: O(n^2) even though
        # max() over a slice runs in C.
        n = len(height)
        water = 0
        for i in range(1, n - 1):
            level = min(max(height[:i + 1]), max(height[i:]))
            water += level - height[i]
        return water
