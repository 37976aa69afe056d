class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # In rounds: take every course whose prerequisites were all taken in earlier rounds,
        # rescanning the whole list each time. If a round takes nothing while courses remain,
        # they can never be taken.
        taken = [False] * numCourses
        left = numCourses
        while left:
            ready = [c for c in range(numCourses)
                     if not taken[c] and all(taken[b] for a, b in prerequisites if a == c)]
            if not ready:
                return False
            for c in ready:
                taken[c] = True
            left -= len(ready)
        return True
