class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        if head is None:
            return None
        # Put each copy right after its original: A -> A' -> B -> B' -> ...
        node = head
        while node:
            node.next = Node(node.val, node.next)
            node = node.next.next
        node = head
        while node:
            if node.random:
                node.next.random = node.random.next
            node = node.next.next
        # Separate the two lists, restoring the original.
        new_head = head.next
        node = head
        while node:
            twin = node.next
            node.next = twin.next
            twin.next = twin.next.next if twin.next else None
            node = node.next
        return new_head
