class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # A preorder string with a marker for every missing child describes a tree
        # exactly, and a subtree's string is a contiguous piece of the whole tree's
        # string. Every value starts with a comma, so "2" cannot match inside "12".
        def dump(node):
            out = []
            stack = [node]
            while stack:
                cur = stack.pop()
                if cur is None:
                    out.append(",#")
                else:
                    out.append("," + str(cur.val))
                    stack.append(cur.right)
                    stack.append(cur.left)
            return "".join(out)

        return dump(subRoot) in dump(root)
