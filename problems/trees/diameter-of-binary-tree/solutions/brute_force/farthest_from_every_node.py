class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Turns the tree into an undirected graph and runs a BFS from every node,
        # keeping the largest distance ever seen.
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
        best = 0
        for start in adj:
            dist = {start: 0}
            queue = collections.deque([start])
            while queue:
                u = queue.popleft()
                for v in adj[u]:
                    if v not in dist:
                        dist[v] = dist[u] + 1
                        best = max(best, dist[v])
                        queue.append(v)
        return best
