class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Writes each tree out in full, with a marker for every missing child,
        # and compares the two lists.
        def dump(node, out):
            if node is None:
                out.append("#")
                return out
            out.append(node.val)
            dump(node.left, out)
            dump(node.right, out)
            return out

        return dump(p, []) == dump(q, [])
