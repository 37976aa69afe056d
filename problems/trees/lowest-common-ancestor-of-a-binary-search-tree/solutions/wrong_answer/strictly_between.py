class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Wrong: looks for a node strictly between p and q, forgetting that p or q can itself
        # be the answer (when one is an ancestor of the other). It then walks past it and
        # returns another node, or None.
        low, high = min(p.val, q.val), max(p.val, q.val)
        node = root
        while node is not None:
            if low < node.val < high:
                return node
            if node.val > high:
                node = node.left
            else:
                node = node.right
        return node
