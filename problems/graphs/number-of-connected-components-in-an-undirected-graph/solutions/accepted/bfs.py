class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Build adjacency lists and count how many breadth-first searches it takes to visit
        # every node. O(n + E).
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        seen = [False] * n
        components = 0
        for start in range(n):
            if seen[start]:
                continue
            components += 1
            seen[start] = True
            queue = collections.deque([start])
            while queue:
                x = queue.popleft()
                for y in graph[x]:
                    if not seen[y]:
                        seen[y] = True
                        queue.append(y)
        return components
