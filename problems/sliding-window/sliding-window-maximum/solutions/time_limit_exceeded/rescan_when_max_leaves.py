class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Keep the position of the current maximum; rescan the window only when that
        # position slides out. Fast on random data, O(n * k) on a falling array.
        n = len(nums)
        pos = max(range(k), key=lambda j: (nums[j], j))
        out = [nums[pos]]
        for i in range(k, n):
            if nums[i] >= nums[pos]:
                pos = i
            elif pos <= i - k:
                pos = i - k + 1
                for j in range(i - k + 2, i + 1):
                    if nums[j] >= nums[pos]:
                        pos = j
            out.append(nums[pos])
        return out
