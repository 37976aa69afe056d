class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Wrong: one visited set for the whole search, so reaching a course a second time
        # by another route (two courses sharing a prerequisite, a diamond) is taken for a
        # cycle.
        after = [[] for _ in range(numCourses)]
        has_prerequisite = [False] * numCourses
        for a, b in prerequisites:
            after[b].append(a)
            has_prerequisite[a] = True
        seen = [False] * numCourses
        for start in range(numCourses):
            if has_prerequisite[start] or seen[start]:
                continue
            seen[start] = True
            stack = [start]
            while stack:
                c = stack.pop()
                for a in after[c]:
                    if seen[a]:
                        return False
                    seen[a] = True
                    stack.append(a)
        return all(seen)
