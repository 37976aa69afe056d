class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # An in-order walk meets the values in increasing order; stop at the k-th one.
        stack = []
        node = root
        while True:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.right
