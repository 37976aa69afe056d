class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # For every depth d, walk the whole tree and keep the nodes found at depth d.
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def collect(node, depth, target, row):
            if node is None:
                return
            if depth == target:
                row.append(node.val)
                return
            collect(node.left, depth + 1, target, row)
            collect(node.right, depth + 1, target, row)

        levels = []
        for d in range(height(root)):
            row = []
            collect(root, 0, d, row)
            levels.append(row)
        return levels
