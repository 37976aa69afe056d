class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # Remember every node object seen (by identity); meeting one again means a cycle.
        seen = set()
        node = head
        while node is not None:
            if id(node) in seen:
                return True
            seen.add(id(node))
            node = node.next
        return False
