class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        seen = 0
        answer = None

        def visit(node):
            nonlocal seen, answer
            if node is None or answer is not None:
                return
            visit(node.left)
            if answer is not None:
                return
            seen += 1
            if seen == k:
                answer = node.val
                return
            visit(node.right)

        visit(root)
        return answer
