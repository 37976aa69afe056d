class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        originals = []
        node = head
        while node:
            originals.append(node)
            node = node.next
        copies = [Node(o.val) for o in originals]
        for i, o in enumerate(originals):
            if i + 1 < len(copies):
                copies[i].next = copies[i + 1]
            if o.random is not None:
                # Find the position of the target by scanning (identity, not value).
                for j, other in enumerate(originals):
                    if other is o.random:
                        copies[i].random = copies[j]
                        break
        return copies[0] if copies else None
