class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Lists every root-to-leaf path explicitly and keeps the longest one.
        if root is None:
            return 0
        paths = []
        stack = [(root, [root.val])]
        while stack:
            node, path = stack.pop()
            if node.left is None and node.right is None:
                paths.append(path)
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, path + [child.val]))
        return max(len(p) for p in paths)
