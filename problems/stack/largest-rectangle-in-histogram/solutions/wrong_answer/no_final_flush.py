class Solution:
    # Bug: bars are only measured when a lower bar pops them, and nothing pops the bars
    # still on the stack after the last one, so rectangles reaching the right end are missed.
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack = []
        for i, h in enumerate(heights):
            while stack and heights[stack[-1]] >= h:
                top = stack.pop()
                left = stack[-1] + 1 if stack else 0
                best = max(best, heights[top] * (i - left))
            stack.append(i)
        return best
