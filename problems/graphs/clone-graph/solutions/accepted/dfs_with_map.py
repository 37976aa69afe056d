class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        # Depth-first copy with a map from each original node to its copy. The map is
        # filled before the neighbours are visited, so a cycle leads back to the copy
        # already made instead of copying forever. O(V + E).
        copies = {}

        def copy(original):
            if original in copies:
                return copies[original]
            clone = Node(original.val)
            copies[original] = clone
            clone.neighbors = [copy(n) for n in original.neighbors]
            return clone

        return copy(node) if node is not None else None
