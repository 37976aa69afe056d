class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Bug: assumes the longest path always passes through the root.
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        return height(root.left) + height(root.right)
