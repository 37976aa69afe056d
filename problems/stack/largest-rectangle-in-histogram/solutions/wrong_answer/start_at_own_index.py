class Solution:
    # Bug: a bar pushed after popping taller ones keeps its own index as its start, though
    # the rectangle of its height extends left over every bar it popped.
    def largestRectangleArea(self, heights: List[int]) -> int:
        best = 0
        stack = []  # (start, height)
        for i, h in enumerate(heights + [0]):
            while stack and stack[-1][1] >= h:
                start, top = stack.pop()
                best = max(best, top * (i - start))
            stack.append((i, h))
        return best
