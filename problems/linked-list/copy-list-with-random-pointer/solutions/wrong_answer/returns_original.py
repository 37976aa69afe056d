class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # Bug: the list looks the same, but it is the original, not a copy.
        return head
