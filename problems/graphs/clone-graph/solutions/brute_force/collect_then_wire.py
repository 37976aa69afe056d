class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        # Two plain passes: first list every node reachable from `node`, and make a copy
        # of each keyed by its (unique) value; then give each copy the copies of its
        # original's neighbours, in the same order.
        if node is None:
            return None
        seen = {node.val: node}
        todo = [node]
        while todo:
            current = todo.pop()
            for n in current.neighbors:
                if n.val not in seen:
                    seen[n.val] = n
                    todo.append(n)
        copies = {val: Node(val) for val in seen}
        for val, original in seen.items():
            copies[val].neighbors = [copies[n.val] for n in original.neighbors]
        return copies[node.val]
