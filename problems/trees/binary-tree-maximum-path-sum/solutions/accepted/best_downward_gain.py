class Solution:
    # For each node, the best path that goes down from it is its value plus the better
    # child's downward gain (a negative gain is dropped). The best path that bends at the
    # node adds both children's gains; the answer is the largest of those.
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val

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
