class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        # Wrong: links a copy to a neighbour's copy only when that copy is made here, so an
        # edge back to a node copied earlier (every edge of a cycle, and the way back of
        # every edge) is lost.
        if node is None:
            return None
        copies = {node: Node(node.val)}
        stack = [node]
        while stack:
            current = stack.pop()
            for n in current.neighbors:
                if n not in copies:
                    copies[n] = Node(n.val)
                    copies[current].neighbors.append(copies[n])
                    stack.append(n)
        return copies[node]
