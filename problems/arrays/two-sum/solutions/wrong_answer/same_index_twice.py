class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Bug: the map is filled before searching, so when target == 2 * x the
        # element x is paired with itself.
        index = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in index:
                return [i, index[target - x]]
        return []
