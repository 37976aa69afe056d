class Codec:
    # Preorder, with '#' for every missing child, values separated by commas. The
    # markers pin down the shape; reading the tokens back in the same order rebuilds it.
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = iter(data.split(","))

        def build():
            tok = next(tokens)
            if tok == "#":
                return None
            node = TreeNode(int(tok))
            node.left = build()
            node.right = build()
            return node

        return build()
