class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Ignore the ordering: find the root-to-node path of p and of q by a plain search of
        # the whole tree, then return the last node the two paths share.
        def path_to(target):
            stack = [(root, [root])]
            while stack:
                node, path = stack.pop()
                if node is target:
                    return path
                for child in (node.left, node.right):
                    if child is not None:
                        stack.append((child, path + [child]))
            return []

        answer = root
        for a, b in zip(path_to(p), path_to(q)):
            if a is not b:
                break
            answer = a
        return answer
