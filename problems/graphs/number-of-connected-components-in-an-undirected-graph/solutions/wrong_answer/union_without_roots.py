class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Wrong: "merges" by pointing one end straight at the other instead of joining the
        # roots of their sets, so earlier links are overwritten and the count of distinct
        # roots at the end is off.
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            parent[a] = b
        return len({find(x) for x in range(n)})
