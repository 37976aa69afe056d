class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Sort, fix the smallest value, and find pairs with a set of values seen to its right.
        nums = sorted(nums)
        found = set()
        for i in range(len(nums) - 2):
            a = nums[i]
            if a > 0:
                break
            if i > 0 and a == nums[i - 1]:
                continue
            seen = set()
            for c in nums[i + 1:]:
                b = -a - c
                if b in seen:
                    found.add((a, b, c))
                seen.add(c)
        return [list(t) for t in found]
