class Solution:
    # The textbook greedy, moving the goal backwards: a few ms of CPU here, of the 250 ms limit.
    def canJump(self, nums: List[int]) -> bool:
        goal = len(nums) - 1
        for i in range(len(nums) - 1, -1, -1):
            if i + nums[i] >= goal:
                goal = i
        return True if goal == 0 else False
