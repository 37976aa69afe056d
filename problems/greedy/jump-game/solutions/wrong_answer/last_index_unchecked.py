class Solution:
    # Bug: checks that every index before the last one is reachable, but never that the last
    # one itself is, so a zero just before the end is missed.
    def canJump(self, nums: List[int]) -> bool:
        far = 0
        for i in range(len(nums) - 1):
            if i > far:
                return False
            far = max(far, i + nums[i])
        return True
