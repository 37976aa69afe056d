class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        def count(node, best):
            if node is None:
                return 0
            good = 1 if node.val >= best else 0
            best = max(best, node.val)
            return good + count(node.left, best) + count(node.right, best)

        return count(root, root.val)
