class Solution:
    # Bug: the last group is reversed even when it has fewer than k nodes.
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        while before.next:
            first = before.next
            prev, node, count = None, first, 0
            while node and count < k:
                node.next, prev, node = prev, node, node.next
                count += 1
            before.next = prev
            first.next = node
            before = first
        return dummy.next
