class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # The deque holds indices whose values decrease from front to back; the front is
        # the maximum of the current window.
        dq = collections.deque()
        out = []
        for i, x in enumerate(nums):
            while dq and nums[dq[-1]] <= x:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k - 1:
                out.append(nums[dq[0]])
        return out
