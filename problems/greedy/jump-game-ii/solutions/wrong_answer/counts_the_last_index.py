class Solution:
    # Bug: walks over the last index too, so when the current window ends exactly there it
    # counts one more jump, out of an index that needs no jump.
    def jump(self, nums: List[int]) -> int:
        jumps = 0
        end = 0
        far = 0
        for i in range(len(nums)):
            far = max(far, i + nums[i])
            if i == end:
                jumps += 1
                end = far
        return jumps
