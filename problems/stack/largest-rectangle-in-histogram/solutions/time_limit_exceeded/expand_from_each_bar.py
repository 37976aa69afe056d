class Solution:
    # For each bar, walk left and right while the bars are at least as tall. Fast on random
    # heights, O(n^2) when many bars are equal or the heights are sorted.
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        best = 0
        for i in range(n):
            h = heights[i]
            left = i
            while left > 0 and heights[left - 1] >= h:
                left -= 1
            right = i
            while right < n - 1 and heights[right + 1] >= h:
                right += 1
            best = max(best, h * (right - left + 1))
        return best
