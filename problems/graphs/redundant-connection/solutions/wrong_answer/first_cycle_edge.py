class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Wrong: runs union-find over the edges from last to first, so the edge it reports
        # is the cycle edge that comes first in the input, not the last one.
        parent = list(range(len(edges) + 1))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in reversed(edges):
            ra, rb = find(a), find(b)
            if ra == rb:
                return [a, b]
            parent[ra] = rb
        return []
