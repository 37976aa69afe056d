class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Keep the whole root-to-node path and compare the node with every value on it.
        path = []

        def count(node):
            if node is None:
                return 0
            good = 1 if all(v <= node.val for v in path) else 0
            path.append(node.val)
            good += count(node.left) + count(node.right)
            path.pop()
            return good

        return count(root)
