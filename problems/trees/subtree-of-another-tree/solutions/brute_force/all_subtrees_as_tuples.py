class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Turns every subtree of root into a nested tuple and looks for subRoot's.
        def shape(node):
            if node is None:
                return None
            return (node.val, shape(node.left), shape(node.right))

        target = shape(subRoot)
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if shape(node) == target:
                return True
            stack.append(node.left)
            stack.append(node.right)
        return False
