class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Correct but exponential: looks for a cycle by walking every path from every
        # course, remembering only the courses on the current path. A course that was
        # already cleared is searched again each time another path reaches it, and a
        # graph with many crossing paths has exponentially many of them.
        after = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            after[b].append(a)
        on_path = [False] * numCourses

        def cycle_from(c):
            if on_path[c]:
                return True
            on_path[c] = True
            found = any(cycle_from(a) for a in after[c])
            on_path[c] = False
            return found

        return not any(cycle_from(c) for c in range(numCourses))
