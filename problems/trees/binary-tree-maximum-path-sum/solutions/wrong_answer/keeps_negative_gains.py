class Solution:
    # Bug: a child's downward gain is always added, even when it is negative, so a path
    # is forced to continue into a losing branch instead of stopping at the node.
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = gain(node.left)
            right = gain(node.right)
            best = max(best, node.val + left + right, node.val + max(left, right))
            return node.val + max(left, right)

        gain(root)
        return best
