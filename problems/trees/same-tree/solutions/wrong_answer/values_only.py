class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Bug: compares the preorder sequences of values but forgets the missing
        # children, so two different shapes with the same preorder look equal.
        def preorder(node, out):
            if node is not None:
                out.append(node.val)
                preorder(node.left, out)
                preorder(node.right, out)
            return out

        return preorder(p, []) == preorder(q, [])
