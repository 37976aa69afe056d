class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # O(m * n): try every node of root as the top of a copy of subRoot.
        def same(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        stack = [root]
        while stack:
            node = stack.pop()
            if same(node, subRoot):
                return True
            stack.extend(c for c in (node.left, node.right) if c is not None)
        return False
