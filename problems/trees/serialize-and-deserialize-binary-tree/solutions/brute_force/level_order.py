class Codec:
    # LeetCode's own format: level order with "null" for missing children.
    def serialize(self, root: Optional[TreeNode]) -> str:
        if root is None:
            return ""
        out = []
        queue = collections.deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("null")
            else:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
        return " ".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        if not data:
            return None
        tokens = data.split()
        root = TreeNode(int(tokens[0]))
        queue = collections.deque([root])
        i = 1
        while queue:
            node = queue.popleft()
            for side in ("left", "right"):
                tok = tokens[i]
                i += 1
                if tok != "null":
                    child = TreeNode(int(tok))
                    setattr(node, side, child)
                    queue.append(child)
        return root
