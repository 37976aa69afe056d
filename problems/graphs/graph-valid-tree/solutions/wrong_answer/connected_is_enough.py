class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # Wrong: checks only that every node can be reached, forgetting that a tree also
        # has no cycle. A connected graph with an extra edge passes.
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        seen = {0}
        stack = [0]
        while stack:
            x = stack.pop()
            for y in graph[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        return len(seen) == n
