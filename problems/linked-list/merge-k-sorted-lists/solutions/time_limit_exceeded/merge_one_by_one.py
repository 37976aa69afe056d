class Solution:
    # Correct, but merges the lists into the result one at a time: the growing result is
    # walked again for every list, O(k * N) in all.
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next

        result = None
        for node in lists:
            result = merge(result, node)
        return result
