class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Lists every node, then measures both subtree heights of each one from scratch.
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        nodes = []
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            nodes.append(node)
            stack.extend(c for c in (node.left, node.right) if c is not None)
        return all(abs(height(n.left) - height(n.right)) <= 1 for n in nodes)
