class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Crashes: checks only `fast`, so on an acyclic list of odd length `fast` stops on
        # the tail, whose `next` is None, and `fast.next.next` raises AttributeError.
        if head is None:
            return False
        slow, fast = head, head
        while fast is not None:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                return True
        return False
