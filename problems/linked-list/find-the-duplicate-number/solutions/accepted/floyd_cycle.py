class Solution:
    # Read i -> nums[i] as a link. Index 0 is never a target, so following links from 0
    # runs into a cycle whose entrance is the repeated value (two indices link to it).
    # Floyd's tortoise and hare finds that entrance: O(n) time, O(1) memory, nums unchanged.
    def findDuplicate(self, nums: List[int]) -> int:
        slow = fast = 0
        while True:
            slow = nums[slow]
            fast = nums[nums[fast]]
            if slow == fast:
                break
        slow = 0
        while slow != fast:
            slow = nums[slow]
            fast = nums[fast]
        return slow
