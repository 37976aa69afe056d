class Solution:
    # Walk the list group by group with O(1) extra memory: check that k nodes remain,
    # reverse them in place, and hook the reversed group between the previous group's
    # tail and the next group's head.
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        while True:
            probe = before
            for _ in range(k):
                probe = probe.next
                if probe is None:
                    return dummy.next
            after = probe.next
            prev, node = after, before.next
            first = node
            while node is not after:
                node.next, prev, node = prev, node, node.next
            before.next = prev
            before = first
