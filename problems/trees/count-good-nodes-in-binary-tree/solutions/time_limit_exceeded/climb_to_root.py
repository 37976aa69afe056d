class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Records every node's parent, then climbs from each node all the way to the root
        # to find the largest value above it: O(n * h), quadratic on a path-shaped tree.
        parent = {root: None}
        order = [root]
        for node in order:
            for child in (node.left, node.right):
                if child:
                    parent[child] = node
                    order.append(child)
        good = 0
        for node in order:
            highest = node.val
            up = parent[node]
            while up is not None:
                highest = max(highest, up.val)
                up = parent[up]
            if highest == node.val:
                good += 1
        return good
