class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Every pair of lines: O(n^2), hopeless for 10^5 lines.
        best = 0
        for j in range(1, len(height)):
            hj = height[j]
            for i in range(j):
                area = (hj if hj < height[i] else height[i]) * (j - i)
                if area > best:
                    best = area
        return best
