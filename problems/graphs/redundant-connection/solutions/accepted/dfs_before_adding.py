class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Add the edges one by one; before adding [a, b], search the graph built so far for
        # a path from a to b. The first edge whose ends are already joined is the answer.
        # O(n^2), which n <= 1000 allows.
        graph = collections.defaultdict(list)
        for a, b in edges:
            seen = {a}
            stack = [a]
            while stack:
                x = stack.pop()
                if x == b:
                    return [a, b]
                for y in graph[x]:
                    if y not in seen:
                        seen.add(y)
                        stack.append(y)
            graph[a].append(b)
            graph[b].append(a)
        return []
