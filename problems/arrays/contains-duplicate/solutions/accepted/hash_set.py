class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Remember every value seen so far; a value met twice is a duplicate.
        seen = set()
        for x in nums:
            if x in seen:
                return True
            seen.add(x)
        return False
