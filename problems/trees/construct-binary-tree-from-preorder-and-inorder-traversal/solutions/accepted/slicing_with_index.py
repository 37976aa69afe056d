class Solution:
    # The textbook O(n^2) version: list.index and slices at every node. LeetCode accepts
    # it at n = 3000, and so do we (the scans run in C and a chain costs ~n^2/2 steps).
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not preorder:
            return None
        root = TreeNode(preorder[0])
        mid = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1 : mid + 1], inorder[:mid])
        root.right = self.buildTree(preorder[mid + 1 :], inorder[mid + 1 :])
        return root
