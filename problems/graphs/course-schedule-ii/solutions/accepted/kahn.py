class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        # Kahn's algorithm: repeatedly take a course none of whose prerequisites is left.
        unlocks = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting[course] += 1
        ready = collections.deque(c for c in range(numCourses) if waiting[c] == 0)
        order = []
        while ready:
            c = ready.popleft()
            order.append(c)
            for nxt in unlocks[c]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return order if len(order) == numCourses else []
