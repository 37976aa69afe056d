class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        length = 0
        node = head
        while node:
            length += 1
            node = node.next
        if length == 1:
            return None
        # Bug: walk to the node before the target; when the target is the head
        # (n == length) there is no such node, and the second node is removed instead.
        before = head
        for _ in range(length - n - 1):
            before = before.next
        before.next = before.next.next
        return head
