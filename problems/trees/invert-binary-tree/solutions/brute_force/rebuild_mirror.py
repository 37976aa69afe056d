class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Builds a brand-new tree, node by node, with every left/right pair exchanged.
        if root is None:
            return None
        copy = TreeNode(root.val)
        stack = [(root, copy)]
        while stack:
            old, new = stack.pop()
            if old.right is not None:
                new.left = TreeNode(old.right.val)
                stack.append((old.right, new.left))
            if old.left is not None:
                new.right = TreeNode(old.left.val)
                stack.append((old.left, new.right))
        return copy
