class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Bug: the deque stores values and pops equal values from the back. When the
        # front value leaves the window it is removed, but a copy of it that is still in
        # the window was popped earlier, so that maximum is lost.
        dq = collections.deque()
        out = []
        for i, x in enumerate(nums):
            while dq and dq[-1] <= x:
                dq.pop()
            dq.append(x)
            if i >= k and dq and dq[0] == nums[i - k]:
                dq.popleft()
            if i >= k - 1:
                out.append(dq[0] if dq else x)
        return out
