class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Try removing each edge, from the last one back, and check whether the other n - 1
        # edges still connect all n nodes (n - 1 edges that connect n nodes form a tree).
        n = len(edges)
        for skip in range(n - 1, -1, -1):
            graph = [[] for _ in range(n + 1)]
            for i, (a, b) in enumerate(edges):
                if i != skip:
                    graph[a].append(b)
                    graph[b].append(a)
            seen = {1}
            stack = [1]
            while stack:
                x = stack.pop()
                for y in graph[x]:
                    if y not in seen:
                        seen.add(y)
                        stack.append(y)
            if len(seen) == n:
                return edges[skip]
        return []
