class Solution:
    # Bug: the right subtree's preorder slice starts one place too early (at mid instead
    # of mid + 1), so it re-reads the last value of the left subtree as the right root.
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not preorder or not inorder:
            return None
        root = TreeNode(preorder[0])
        if preorder[0] not in inorder:
            return root
        mid = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1 : mid + 1], inorder[:mid])
        root.right = self.buildTree(preorder[max(mid, 1) :], inorder[mid + 1 :])
        return root
