class Solution:
    # Bug: the best sum starts at 0, as if the empty path were allowed. When every value
    # is negative the answer is the largest single value, not 0.
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = 0

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
