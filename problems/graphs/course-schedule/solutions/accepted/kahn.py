class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Kahn's algorithm: repeatedly take a course with no unmet prerequisite and release
        # the courses that wait on it. Every course gets taken exactly when there is no
        # cycle. O(V + E).
        waiting = [0] * numCourses
        unlocks = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            waiting[a] += 1
            unlocks[b].append(a)
        ready = [c for c in range(numCourses) if waiting[c] == 0]
        taken = 0
        while ready:
            c = ready.pop()
            taken += 1
            for a in unlocks[c]:
                waiting[a] -= 1
                if waiting[a] == 0:
                    ready.append(a)
        return taken == numCourses
