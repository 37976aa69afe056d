class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # List every node with its depth in left-to-right (pre-order) order;
        # the last one listed at each depth is the one seen from the right.
        found = []

        def visit(node, depth):
            if node is None:
                return
            found.append((depth, node.val))
            visit(node.left, depth + 1)
            visit(node.right, depth + 1)

        visit(root, 0)
        view = []
        depth = 0
        while True:
            row = [val for d, val in found if d == depth]
            if not row:
                return view
            view.append(row[-1])
            depth += 1
