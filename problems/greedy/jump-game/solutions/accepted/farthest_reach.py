class Solution:
    # Walk forward keeping the farthest index reachable so far; an index beyond it can never
    # be reached, and everything up to it can.
    def canJump(self, nums: List[int]) -> bool:
        far = 0
        last = len(nums) - 1
        for i, x in enumerate(nums):
            if i > far:
                return False
            if i + x > far:
                far = i + x
                if far >= last:
                    return True
        return True
