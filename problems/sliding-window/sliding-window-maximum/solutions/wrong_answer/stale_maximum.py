class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Bug: the running maximum is never dropped when it slides out of the window.
        best = max(nums[:k])
        out = [best]
        for i in range(k, len(nums)):
            best = max(best, nums[i])
            out.append(best)
        return out
