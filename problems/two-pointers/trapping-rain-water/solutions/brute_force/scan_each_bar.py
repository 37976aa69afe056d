class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        water = 0
        for i in range(n):
            left = 0
            for k in range(i + 1):
                left = max(left, height[k])
            right = 0
            for k in range(i, n):
                right = max(right, height[k])
            water += min(left, right) - height[i]
        return water
