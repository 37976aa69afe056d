class Solution:
    # The stack holds indices of bars with increasing heights. When a lower bar arrives,
    # each taller bar popped can extend no further right; it extends left to just after
    # the bar below it on the stack. A final height-0 bar flushes the stack.
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack = []
        n = len(heights)
        for i in range(n + 1):
            h = heights[i] if i < n else 0
            while stack and heights[stack[-1]] >= h:
                top = stack.pop()
                left = stack[-1] + 1 if stack else 0
                area = heights[top] * (i - left)
                if area > best:
                    best = area
            stack.append(i)
        return best
