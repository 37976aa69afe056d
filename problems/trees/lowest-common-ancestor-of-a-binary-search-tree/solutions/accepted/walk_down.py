class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Walk down from the root. While both values lie on the same side of the current
        # node, the answer is on that side; the first node that separates them (or equals
        # one of them) is the lowest common ancestor. O(h) time, O(1) space.
        node = root
        while True:
            if p.val < node.val and q.val < node.val:
                node = node.left
            elif p.val > node.val and q.val > node.val:
                node = node.right
            else:
                return node
