class Solution:
    # Breadth-first over windows: the indices reachable with k jumps form a window; the next
    # window ends at the farthest place any index of this one can reach.
    def jump(self, nums: List[int]) -> int:
        jumps = 0
        end = 0
        far = 0
        for i in range(len(nums) - 1):
            if i + nums[i] > far:
                far = i + nums[i]
            if i == end:
                jumps += 1
                end = far
                if end >= len(nums) - 1:
                    break
        return jumps
