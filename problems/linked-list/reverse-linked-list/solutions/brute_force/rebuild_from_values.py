class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        values = []
        while head:
            values.append(head.val)
            head = head.next
        result = None
        for value in values:  # prepending each value in turn reverses the order
            result = ListNode(value, result)
        return result
