class Solution:
    # Bug: the heap entries are (value, node). When two heads hold the same value, the
    # heap compares the nodes themselves, and ListNode has no ordering: TypeError.
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap = [(node.val, node) for node in lists if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, node = heapq.heappop(heap)
            tail.next = node
            tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, node.next))
        return dummy.next
