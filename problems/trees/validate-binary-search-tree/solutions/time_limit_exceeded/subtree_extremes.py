class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # At every node, scans its whole left subtree for the maximum and its whole right
        # subtree for the minimum: O(n * h), quadratic on a path-shaped tree.
        def extreme(node, pick):
            best = node.val
            stack = [node]
            while stack:
                cur = stack.pop()
                best = pick(best, cur.val)
                if cur.left:
                    stack.append(cur.left)
                if cur.right:
                    stack.append(cur.right)
            return best

        stack = [root]
        while stack:
            node = stack.pop()
            if node.left:
                if extreme(node.left, max) >= node.val:
                    return False
                stack.append(node.left)
            if node.right:
                if extreme(node.right, min) <= node.val:
                    return False
                stack.append(node.right)
        return True
