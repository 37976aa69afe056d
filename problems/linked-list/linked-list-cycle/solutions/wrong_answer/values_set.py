class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Wrong: remembers values, not nodes. Two different nodes holding the same value
        # look like a revisit, so a plain list with a repeated value is reported as a cycle.
        seen = set()
        node = head
        while node is not None:
            if node.val in seen:
                return True
            seen.add(node.val)
            node = node.next
        return False
