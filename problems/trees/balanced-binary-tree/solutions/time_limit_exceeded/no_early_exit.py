class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Correct, but `&` (unlike `and`) never stops early, and every node measures
        # its subtrees from scratch: O(n^2) on a long chain.
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        if root is None:
            return True
        here = abs(height(root.left) - height(root.right)) <= 1
        return self.isBalanced(root.left) & self.isBalanced(root.right) & here
