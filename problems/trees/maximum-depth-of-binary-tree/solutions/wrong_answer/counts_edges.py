class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Bug: counts the edges on the longest downward path instead of the nodes,
        # so every non-empty tree comes out one short.
        if root is None:
            return 0
        best = 0
        level = [root]
        while level:
            nxt = [c for n in level for c in (n.left, n.right) if c is not None]
            if nxt:
                best += 1
            level = nxt
        return best
