class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # n - 1 edges and every node reachable from node 0 is the same as being a tree.
        if len(edges) != n - 1:
            return False
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        seen = [False] * n
        seen[0] = True
        queue = collections.deque([0])
        reached = 1
        while queue:
            x = queue.popleft()
            for y in graph[x]:
                if not seen[y]:
                    seen[y] = True
                    reached += 1
                    queue.append(y)
        return reached == n
