class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # Repeatedly walk to the last node and move it after the current one: O(n^2).
        cur = head
        while cur and cur.next and cur.next.next:
            before = cur
            while before.next.next:
                before = before.next
            last = before.next
            before.next = None
            last.next = cur.next
            cur.next = last
            cur = last.next
