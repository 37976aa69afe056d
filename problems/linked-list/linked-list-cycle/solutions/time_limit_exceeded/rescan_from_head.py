class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Too slow: for the k-th node reached, walk again from the head over the k nodes
        # before it to see whether it was already visited. O(n^2) pointer steps.
        node = head
        k = 0
        while node is not None:
            probe = head
            for _ in range(k):
                if probe is node:
                    return True
                probe = probe.next
            node = node.next
            k += 1
        return False
