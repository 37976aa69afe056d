class Codec:
    # Bug: only the values are written, in preorder, and the tree is rebuilt by inserting
    # them into a binary search tree. The shape is lost unless the tree was a BST of
    # distinct values to begin with.
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is not None:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        root = None
        for tok in filter(None, data.split(",")):
            val = int(tok)
            if root is None:
                root = TreeNode(val)
                continue
            node = root
            while True:
                side = "left" if val < node.val else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, TreeNode(val))
                    break
                node = child
        return root
