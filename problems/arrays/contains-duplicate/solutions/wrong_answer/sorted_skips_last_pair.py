class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Bug: after sorting, the loop stops one pair early, so a duplicate that ends up as
        # the two largest values is missed.
        s = sorted(nums)
        for i in range(1, len(s) - 1):
            if s[i - 1] == s[i]:
                return True
        return False
