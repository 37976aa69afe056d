class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        dummy = tail = Node(0)
        node = head
        while node:
            # Bug: `random` is copied as is, so it still points into the original list.
            tail.next = Node(node.val, None, node.random)
            tail = tail.next
            node = node.next
        return dummy.next
