class Solution:
    # The right idea without memoisation: the downward gain of each node is recomputed
    # from scratch for every ancestor that asks, O(n * height), quadratic on a chain.
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def down(node):
            if node is None:
                return 0
            return node.val + max(down(node.left), down(node.right), 0)

        best = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            total = node.val + max(down(node.left), 0) + max(down(node.right), 0)
            best = max(best, total)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return best
