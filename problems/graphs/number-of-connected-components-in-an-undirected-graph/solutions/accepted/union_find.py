class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Start with n components; each edge that joins two different sets of a union-find
        # structure merges them and removes one. Near O(n + E).
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        components = n
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
                components -= 1
        return components
