class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Wrong: finds the cycle correctly (by peeling off leaves) but returns its largest
        # edge by value, reading "last" as "greatest" instead of "latest in the input".
        n = len(edges)
        degree = [0] * (n + 1)
        graph = [[] for _ in range(n + 1)]
        for a, b in edges:
            degree[a] += 1
            degree[b] += 1
            graph[a].append(b)
            graph[b].append(a)
        leaves = [v for v in range(1, n + 1) if degree[v] == 1]
        while leaves:
            v = leaves.pop()
            degree[v] = 0
            for w in graph[v]:
                if degree[w] > 0:
                    degree[w] -= 1
                    if degree[w] == 1:
                        leaves.append(w)
        on_cycle = [e for e in edges if degree[e[0]] > 1 and degree[e[1]] > 1]
        return max(on_cycle)
