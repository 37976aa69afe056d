class Solution:
    # Bug: merges pairwise, but when one list runs out the rest of the other list is
    # dropped instead of attached.
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = None
            return dummy.next

        result = None
        for i, node in enumerate(lists):
            result = node if i == 0 else merge(result, node)
        return result
