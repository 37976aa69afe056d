class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Bug: only compares at the first node (in level order) whose value equals
        # subRoot's root value, though a later node with that value may be the match.
        def same(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        queue = collections.deque([root])
        while queue:
            node = queue.popleft()
            if node.val == subRoot.val:
                return same(node, subRoot)
            queue.extend(c for c in (node.left, node.right) if c is not None)
        return False
