class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Two runners: the fast one moves two steps per round, the slow one moves one.
        # In a cycle the fast runner gains one node per round and must land on the slow one.
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
