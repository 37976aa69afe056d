class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Depth-first search with three states: unseen, on the current path, finished. An
        # edge back to a course on the current path closes a cycle; a finished course is
        # never searched again. Iterative, so a 2000-course chain needs no deep recursion.
        after = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            after[b].append(a)
        state = [0] * numCourses  # 0 unseen, 1 on the path, 2 finished
        for start in range(numCourses):
            if state[start]:
                continue
            state[start] = 1
            stack = [(start, iter(after[start]))]
            while stack:
                course, rest = stack[-1]
                nxt = next(rest, None)
                if nxt is None:
                    state[course] = 2
                    stack.pop()
                elif state[nxt] == 1:
                    return False
                elif state[nxt] == 0:
                    state[nxt] = 1
                    stack.append((nxt, iter(after[nxt])))
        return True
