class Solution:
    # Turn the tree into an undirected graph and sum the unique path from every node to
    # every other node (a walk from each start). O(n^2).
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        adj = {}
        stack = [root]
        while stack:
            node = stack.pop()
            adj.setdefault(node, [])
            for child in (node.left, node.right):
                if child is not None:
                    adj[node].append(child)
                    adj.setdefault(child, []).append(node)
                    stack.append(child)
        best = None
        for start in adj:
            todo = [(start, None, start.val)]
            while todo:
                node, parent, total = todo.pop()
                if best is None or total > best:
                    best = total
                for nxt in adj[node]:
                    if nxt is not parent:
                        todo.append((nxt, node, total + nxt.val))
        return best
