class Solution:
    def maxArea(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            best = max(best, min(height[i], height[j]) * (j - i))
            # Bug: moves the taller line, which throws away exactly the lines that could
            # still make a bigger container.
            if height[i] > height[j]:
                i += 1
            else:
                j -= 1
        return best
