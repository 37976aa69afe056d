class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        def value(node):
            digits = []
            while node:
                digits.append(str(node.val))
                node = node.next
            return int("".join(reversed(digits)))

        total = str(value(l1) + value(l2))
        head = None
        for ch in total:  # most significant digit first, so it ends up last
            head = ListNode(int(ch), head)
        return head
