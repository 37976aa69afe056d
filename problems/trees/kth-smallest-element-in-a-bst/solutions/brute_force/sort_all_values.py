class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # Ignore the search-tree order: gather every value, sort, and index.
        values = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node:
                values.append(node.val)
                stack.append(node.left)
                stack.append(node.right)
        values.sort()
        return values[k - 1]
