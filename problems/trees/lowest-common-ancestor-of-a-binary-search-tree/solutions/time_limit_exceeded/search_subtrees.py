class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Too slow: ignores the ordering and, at every level of the descent, searches a whole
        # subtree to learn whether it holds both nodes. O(n * h): quadratic on a deep tree.
        def contains(tree, target):
            stack = [tree]
            while stack:
                node = stack.pop()
                if node is None:
                    continue
                if node is target:
                    return True
                stack.append(node.left)
                stack.append(node.right)
            return False

        node = root
        while True:
            if contains(node.left, p) and contains(node.left, q):
                node = node.left
            elif contains(node.right, p) and contains(node.right, q):
                node = node.right
            else:
                return node
