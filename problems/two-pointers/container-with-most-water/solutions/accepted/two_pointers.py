class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Start with the widest container. Moving the taller line inwards can never help
        # (the water level stays capped by the shorter one while the width shrinks), so
        # always move the shorter one.
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            if height[i] < height[j]:
                best = max(best, height[i] * (j - i))
                i += 1
            else:
                best = max(best, height[j] * (j - i))
                j -= 1
        return best
