import re


class Codec:
    # Bug: the parser picks numbers out with \d+, which drops the minus sign, so every
    # negative value comes back positive.
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("N")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return " ".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = iter(re.findall(r"\d+|N", data))

        def build():
            tok = next(tokens)
            if tok == "N":
                return None
            node = TreeNode(int(tok))
            node.left = build()
            node.right = build()
            return node

        return build()
