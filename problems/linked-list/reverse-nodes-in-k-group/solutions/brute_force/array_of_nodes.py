class Solution:
    # Put the nodes in an array, reverse every full block of k, and relink in order.
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        for start in range(0, len(nodes) - k + 1, k):
            nodes[start:start + k] = nodes[start:start + k][::-1]
        dummy = tail = ListNode()
        for node in nodes:
            tail.next = node
            tail = node
        tail.next = None
        return dummy.next
