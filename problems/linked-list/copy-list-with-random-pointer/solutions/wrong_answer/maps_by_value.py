class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # Bug: copies are looked up by value, so equal values share one target.
        by_value = {}
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = Node(node.val)
            tail = tail.next
            by_value[node.val] = tail
            node = node.next
        node, copy = head, dummy.next
        while node:
            if node.random is not None:
                copy.random = by_value[node.random.val]
            node, copy = node.next, copy.next
        return dummy.next
