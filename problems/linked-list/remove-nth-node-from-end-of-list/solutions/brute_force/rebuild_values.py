class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        values = []
        while head:
            values.append(head.val)
            head = head.next
        del values[len(values) - n]
        result = None
        for v in reversed(values):
            result = ListNode(v, result)
        return result
