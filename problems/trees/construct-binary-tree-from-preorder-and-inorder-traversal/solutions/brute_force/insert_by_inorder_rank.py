class Solution:
    # Each value's inorder position is its rank in a binary search tree of that shape, so
    # inserting the values in preorder into a BST keyed by rank rebuilds the tree.
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        rank = {v: i for i, v in enumerate(inorder)}
        root = None
        for v in preorder:
            if root is None:
                root = TreeNode(v)
                continue
            node = root
            while True:
                if rank[v] < rank[node.val]:
                    if node.left is None:
                        node.left = TreeNode(v)
                        break
                    node = node.left
                else:
                    if node.right is None:
                        node.right = TreeNode(v)
                        break
                    node = node.right
        return root
