class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        node = head
        while node:
            following = node.next
            node.next = prev  # turn this node's link around
            prev = node
            node = following
        return prev
