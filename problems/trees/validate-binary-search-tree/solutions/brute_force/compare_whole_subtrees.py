class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # The definition word for word: at every node, compare it with every value of
        # both of its subtrees.
        def values(node):
            if node is None:
                return []
            return values(node.left) + [node.val] + values(node.right)

        def valid(node):
            if node is None:
                return True
            if any(v >= node.val for v in values(node.left)):
                return False
            if any(v <= node.val for v in values(node.right)):
                return False
            return valid(node.left) and valid(node.right)

        return valid(root)
